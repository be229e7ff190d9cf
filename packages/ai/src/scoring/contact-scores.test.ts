import { describe, expect, it } from "vitest";
import { churnRisk } from "./churn-risk";
import { contactHealth, type ContactScoreInput } from "./contact-health";

const now = new Date("2026-12-04T12:00:00Z");
const days = (count: number) => new Date(now.getTime() + count * 86_400_000);

// Contacted 45 days ago, two interactions, nothing rated, one active policy renewing in 200 days,
// a customer for 18 months: every factor but recency at its middle.
const typical: ContactScoreInput = {
  customerSince: days(-548),
  lastContactAt: days(-45),
  interactionsLast90Days: 2,
  positiveLast90Days: 0,
  negativeLast90Days: 0,
  openTickets: 0,
  overdueTickets: 0,
  lapsedOrCancelledPolicies: 0,
  activePolicies: 1,
  nextRenewalAt: days(200),
  paymentStatus: "unknown",
};

const value = (result: { factors: { name: string; value: number }[] }, name: string) => result.factors.find((item) => item.name === name)?.value;

describe("contactHealth and churnRisk", () => {
  it("score a typical contact in the middle band", () => {
    expect(contactHealth(typical, now)).toMatchObject({ score: 52, band: "medium" });
    expect(churnRisk(typical, now)).toMatchObject({ score: 35, band: "medium" });
  });

  it("explain with dates and buckets, so a day later changes nothing until a factor's points do", () => {
    const tomorrow = days(1);
    expect(contactHealth(typical, tomorrow).factors).toEqual(contactHealth(typical, now).factors);
    expect(churnRisk(typical, tomorrow).factors).toEqual(churnRisk(typical, now).factors);
    const recency = contactHealth(typical, now).factors.find((item) => item.name === "recency");
    expect(recency).toMatchObject({ value: 0, explanation: `Last contact on ${days(-45).toISOString().slice(0, 10)}: 31 to 60 days ago.` });
    // 16 days later the contact is 61 days old: the points and the words move together.
    expect(contactHealth(typical, days(16)).factors.find((item) => item.name === "recency")).toMatchObject({ value: -10, explanation: expect.stringContaining("61 to 120 days ago") as unknown });
    expect(contactHealth(typical, now).factors.find((item) => item.name === "tenure")?.explanation).toMatch(/^Customer since \d{4}-\d{2}-\d{2}: 1 to 2 years\.$/);
  });

  it("move in opposite directions for every signal", () => {
    const cases: [Partial<ContactScoreInput>, string][] = [
      [{ lastContactAt: days(-3) }, "recency"],
      [{ interactionsLast90Days: 6 }, "frequency"],
      [{ positiveLast90Days: 3, negativeLast90Days: 1 }, "sentimentTrend"],
      [{ paymentStatus: "current" }, "paymentStatus"],
      [{ customerSince: days(-6 * 365) }, "tenure"],
      [{ activePolicies: 3 }, "lines"],
    ];
    for (const [change, name] of cases) {
      const health = contactHealth({ ...typical, ...change }, now);
      const churn = churnRisk({ ...typical, ...change }, now);
      expect(value(health, name), name).toBeGreaterThan(value(contactHealth(typical, now), name)!);
      expect(value(churn, name), name).toBeLessThan(value(churnRisk(typical, now), name)!);
    }
    const risks: [Partial<ContactScoreInput>, string][] = [
      [{ lastContactAt: null }, "recency"],
      [{ interactionsLast90Days: 0 }, "frequency"],
      [{ negativeLast90Days: 2 }, "sentimentTrend"],
      [{ openTickets: 1 }, "openTickets"],
      [{ overdueTickets: 1 }, "overdueTickets"],
      [{ lapsedOrCancelledPolicies: 1 }, "lapsedPolicies"],
      [{ paymentStatus: "late" }, "paymentStatus"],
      [{ nextRenewalAt: days(20) }, "renewalProximity"],
      [{ activePolicies: 0 }, "lines"],
    ];
    for (const [change, name] of risks) {
      expect(contactHealth({ ...typical, ...change }, now).score, name).toBeLessThan(52);
      expect(churnRisk({ ...typical, ...change }, now).score, name).toBeGreaterThan(35);
    }
  });

  it("cap the ticket and policy factors at their weights", () => {
    const many = { ...typical, openTickets: 10, overdueTickets: 10, lapsedOrCancelledPolicies: 10 };
    expect(value(contactHealth(many, now), "openTickets")).toBe(-9);
    expect(value(contactHealth(many, now), "overdueTickets")).toBe(-10);
    expect(value(contactHealth(many, now), "lapsedPolicies")).toBe(-20);
    expect(value(churnRisk(many, now), "openTickets")).toBe(12);
    expect(value(churnRisk(many, now), "overdueTickets")).toBe(16);
    expect(value(churnRisk(many, now), "lapsedPolicies")).toBe(30);
  });

  it("list unknown payments as a neutral factor that says why", () => {
    for (const result of [contactHealth(typical, now), churnRisk(typical, now)]) {
      const payment = result.factors.find((item) => item.name === "paymentStatus");
      expect(payment).toMatchObject({ value: 0, direction: "neutral" });
      expect(payment?.explanation).toContain("No payment records");
    }
  });

  it("clamp to 0–100 and put the contact at risk at the extremes", () => {
    const worst: ContactScoreInput = {
      ...typical,
      lastContactAt: null,
      interactionsLast90Days: 0,
      negativeLast90Days: 4,
      openTickets: 5,
      overdueTickets: 5,
      lapsedOrCancelledPolicies: 3,
      activePolicies: 0,
      nextRenewalAt: null,
      paymentStatus: "late",
      customerSince: days(-10),
    };
    expect(contactHealth(worst, now)).toMatchObject({ score: 0, band: "low" });
    expect(churnRisk(worst, now)).toMatchObject({ score: 100, band: "high" });
    const best: ContactScoreInput = { ...typical, lastContactAt: days(-1), interactionsLast90Days: 12, positiveLast90Days: 5, activePolicies: 4, customerSince: days(-3000), paymentStatus: "current" };
    expect(contactHealth(best, now)).toMatchObject({ score: 100, band: "high" });
    expect(churnRisk(best, now)).toMatchObject({ score: 0, band: "low" });
    for (const result of [contactHealth(worst, now), churnRisk(best, now)]) {
      expect(result.factors.at(-1)?.name).toBe("clamped");
    }
  });

  it("are deterministic given now, and age with it", () => {
    expect(contactHealth(typical, now)).toEqual(contactHealth(typical, new Date(now)));
    expect(churnRisk(typical, days(100)).score).toBeGreaterThan(churnRisk(typical, now).score);
  });
});
