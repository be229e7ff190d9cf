import { describe, expect, it } from "vitest";
import { leadScore, type LeadScoreInput } from "./lead-score";

const now = new Date("2026-12-04T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const bare: LeadScoreInput = { kind: "client", status: "new" };
const full: LeadScoreInput = {
  kind: "client",
  status: "proposal",
  email: "a@b.test",
  phone: "+15550000000",
  company: "Acme",
  jobTitle: "Owner",
  source: "Referral",
  value: 12_000,
  lastInteractionAt: daysAgo(2),
  interactionsLast90Days: 9,
};
const points = (input: LeadScoreInput, name: string) => leadScore(input, now).factors.find((item) => item.name === name)?.value;

describe("leadScore", () => {
  it("scores an empty new lead 0 (cold) and a complete, engaged one 100 (hot)", () => {
    expect(leadScore(bare, now)).toMatchObject({ score: 0, band: "cold" });
    expect(leadScore(full, now)).toMatchObject({ score: 100, band: "hot" });
  });

  it("lists every factor, and the factors add up to the score", () => {
    for (const input of [bare, full, { ...full, kind: "recruit" as const }, { ...full, status: "lost" as const }]) {
      const result = leadScore(input, now);
      expect(result.factors.reduce((sum, item) => sum + item.value, 0)).toBe(result.score);
      expect(result.factors.map((item) => item.name)).toEqual(expect.arrayContaining(["email", "phone", "company", "jobTitle", "source", "stage", "recency", "engagement"]));
    }
  });

  it("each factor raises the score", () => {
    expect(points({ ...bare, email: "x@y.test" }, "email")).toBe(6);
    expect(points({ ...bare, email: "  " }, "email")).toBe(0);
    expect(points({ ...bare, source: "Partner referral" }, "source")).toBe(15);
    expect(points({ ...bare, source: "Google Ads" }, "source")).toBe(10);
    expect(points({ ...bare, source: "Trade magazine" }, "source")).toBe(5);
    expect(points({ ...bare, source: "Cold call" }, "source")).toBe(0);
    expect(points({ ...bare, budget: 5_000, value: 10 }, "value")).toBe(15);
    expect(points({ ...bare, value: 999 }, "value")).toBe(5);
    expect(points({ ...bare, status: "qualified" }, "stage")).toBe(15);
    expect(points({ ...bare, lastInteractionAt: daysAgo(7) }, "recency")).toBe(10);
    expect(points({ ...bare, lastInteractionAt: daysAgo(8) }, "recency")).toBe(5);
    expect(points({ ...bare, lastInteractionAt: daysAgo(31) }, "recency")).toBe(0);
    expect(points({ ...bare, interactionsLast90Days: 3 }, "engagement")).toBe(6);
    expect(points({ ...bare, interactionsLast90Days: 50 }, "engagement")).toBe(10);
  });

  it("scales a recruit's 80 points to 100 and caps a lost lead at 10", () => {
    const recruit = leadScore({ ...full, kind: "recruit", value: null }, now);
    expect(recruit.score).toBe(100);
    expect(recruit.factors.find((item) => item.name === "value")).toBeUndefined();
    expect(leadScore({ ...full, status: "lost" }, now)).toMatchObject({ score: 10, band: "cold" });
    expect(leadScore({ ...bare, status: "lost", email: "a@b.test" }, now).score).toBe(6);
  });

  it("is deterministic given now", () => {
    expect(leadScore(full, now)).toEqual(leadScore(full, new Date(now)));
    expect(leadScore(full, now).computedAt).toEqual(now);
  });
});
