import { describe, expect, it } from "vitest";
import { scoreLead, type ScoreLeadInput } from "./score-lead";

const now = new Date("2026-03-01T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const bare: ScoreLeadInput = { kind: "client", status: "new" };
const sum = (factors: { points: number }[]) => factors.reduce((total, factor) => total + factor.points, 0);

describe("scoreLead", () => {
  it("gives a bare new lead 0", () => {
    expect(scoreLead(bare, now)).toEqual({ score: 0, factors: [] });
  });

  it("gives 100 to a complete, warm, recently active client lead with a proposal out", () => {
    const { score, factors } = scoreLead(
      {
        kind: "client",
        status: "proposal",
        email: "a@b.co",
        phone: "+15551234567",
        company: "Summit Roofing",
        jobTitle: "Owner",
        source: "Referral",
        value: 12_000,
        lastInteractionAt: daysAgo(2),
      },
      now,
    );
    expect(score).toBe(100);
    expect(sum(factors)).toBe(100);
  });

  it("awards contact points for email and phone and firmographics for company and title", () => {
    expect(scoreLead({ ...bare, email: "a@b.co" }, now).score).toBe(10);
    expect(scoreLead({ ...bare, email: "a@b.co", phone: "+15551234567" }, now).score).toBe(20);
    expect(scoreLead({ ...bare, company: "Acme", jobTitle: "CFO" }, now).score).toBe(10);
    expect(scoreLead({ ...bare, company: "  " }, now).score).toBe(0);
  });

  it.each([
    [0, 0],
    [500, 5],
    [1_000, 10],
    [5_000, 15],
    [9_999, 15],
    [10_000, 20],
    [250_000, 20],
  ])("puts value %d in the band worth %d", (value, points) => {
    expect(scoreLead({ ...bare, value }, now).score).toBe(points);
  });

  it("uses the larger of value and budget", () => {
    expect(scoreLead({ ...bare, value: 800, budget: 6_000 }, now).score).toBe(15);
  });

  it.each([
    ["Referral", 15],
    ["Partner", 15],
    ["Walk-in", 15],
    ["Website", 10],
    ["Google Ads", 10],
    ["LinkedIn", 10],
    ["Facebook Ad", 5],
    ["Cold Call", 0],
    [null, 0],
  ])("rates source %j at %d", (source, points) => {
    expect(scoreLead({ ...bare, source }, now).score).toBe(points);
  });

  it.each([
    ["new", 0],
    ["contacted", 5],
    ["qualified", 15],
    ["appointment_set", 20],
    ["proposal", 25],
    ["won", 25],
  ] as const)("rewards status %s with %d", (status, points) => {
    expect(scoreLead({ ...bare, status }, now).score).toBe(points);
  });

  it("rewards a recent interaction, less after a week, nothing after a month", () => {
    expect(scoreLead({ ...bare, lastInteractionAt: daysAgo(1) }, now).score).toBe(10);
    expect(scoreLead({ ...bare, lastInteractionAt: daysAgo(20) }, now).score).toBe(5);
    expect(scoreLead({ ...bare, lastInteractionAt: daysAgo(45) }, now).score).toBe(0);
  });

  it("caps a lost lead at 10", () => {
    const lost = scoreLead({ ...bare, status: "lost", email: "a@b.co", phone: "+15551234567", source: "Referral", value: 20_000 }, now);
    expect(lost.score).toBe(10);
    expect(sum(lost.factors)).toBe(10);
  });

  it("scales a recruit's points to 100 since recruits carry no value, and ignores any value given", () => {
    const recruit = scoreLead(
      {
        kind: "recruit",
        status: "proposal",
        email: "a@b.co",
        phone: "+15551234567",
        company: "Acme",
        jobTitle: "Agent",
        source: "Referral",
        value: 50_000,
        lastInteractionAt: daysAgo(1),
      },
      now,
    );
    expect(recruit.score).toBe(100);
    expect(sum(recruit.factors)).toBe(100);
    expect(scoreLead({ kind: "recruit", status: "new", email: "a@b.co" }, now).score).toBe(13);
  });

  it("keeps every score within 0–100 and equal to its factors", () => {
    const statuses = ["new", "contacted", "qualified", "appointment_set", "proposal", "won", "lost"] as const;
    for (const kind of ["client", "recruit"] as const) {
      for (const status of statuses) {
        const result = scoreLead({ kind, status, email: "a@b.co", source: "Website", value: 3_000, lastInteractionAt: daysAgo(3) }, now);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(sum(result.factors)).toBe(result.score);
      }
    }
  });
});
