import { describe, expect, it } from "vitest";
import { renewalRisk, type RenewalRiskInput } from "./renewal-risk";

const now = new Date("2026-12-04T12:00:00Z");
const days = (count: number) => new Date(now.getTime() + count * 86_400_000);

// Bundled (two lines), 18 months a customer, renewing in 120 days, nothing yet known of premiums,
// claims or payments, contact health 50: every factor neutral.
const settled: RenewalRiskInput = {
  status: "active",
  premium: 1_000,
  renewalPremium: null,
  claimsInTerm: null,
  paymentStatus: "unknown",
  contactHealth: 50,
  customerSince: days(-548),
  contactActivePolicies: 2,
  renewsAt: days(120),
};
const value = (input: RenewalRiskInput, name: string) => renewalRisk(input, now).factors.find((item) => item.name === name)?.value;

describe("renewalRisk", () => {
  it("is its base with every factor neutral, and lists the data that does not exist yet", () => {
    const result = renewalRisk(settled, now);
    expect(result).toMatchObject({ score: 10, band: "low" });
    for (const name of ["premiumChange", "claimsInTerm", "paymentHistory"]) {
      const missing = result.factors.find((item) => item.name === name);
      expect(missing).toMatchObject({ value: 0, direction: "neutral" });
      expect(missing?.explanation).toContain("renewals will bring");
    }
  });

  it("rises with each risk and falls with each sign of loyalty", () => {
    expect(value({ ...settled, renewalPremium: 1_200 }, "premiumChange")).toBe(25);
    expect(value({ ...settled, renewalPremium: 1_100 }, "premiumChange")).toBe(15);
    expect(value({ ...settled, renewalPremium: 1_050 }, "premiumChange")).toBe(5);
    expect(value({ ...settled, renewalPremium: 1_049 }, "premiumChange")).toBe(0);
    expect(value({ ...settled, renewalPremium: 900 }, "premiumChange")).toBe(-5);
    expect(value({ ...settled, claimsInTerm: 1 }, "claimsInTerm")).toBe(10);
    expect(value({ ...settled, claimsInTerm: 4 }, "claimsInTerm")).toBe(20);
    expect(value({ ...settled, paymentStatus: "late" }, "paymentHistory")).toBe(20);
    expect(value({ ...settled, paymentStatus: "current" }, "paymentHistory")).toBe(-5);
    expect(value({ ...settled, contactHealth: 0 }, "contactHealth")).toBe(25);
    expect(value({ ...settled, contactHealth: 100 }, "contactHealth")).toBe(-25);
    expect(value({ ...settled, contactHealth: null }, "contactHealth")).toBe(0);
    expect(value({ ...settled, customerSince: days(-100) }, "tenure")).toBe(10);
    expect(value({ ...settled, customerSince: days(-2000) }, "tenure")).toBe(-10);
    expect(value({ ...settled, contactActivePolicies: 1 }, "bundling")).toBe(10);
    expect(value({ ...settled, contactActivePolicies: 3 }, "bundling")).toBe(-5);
    expect(value({ ...settled, renewsAt: days(90) }, "daysToRenewal")).toBe(5);
    expect(value({ ...settled, renewsAt: days(60) }, "daysToRenewal")).toBe(10);
    expect(value({ ...settled, renewsAt: days(30) }, "daysToRenewal")).toBe(15);
    expect(value({ ...settled, renewsAt: days(-1) }, "daysToRenewal")).toBe(20);
    expect(value({ ...settled, status: "lapsed" }, "status")).toBe(25);
  });

  it("clamps, so a cancelled policy is certain and a loyal one is not below 0", () => {
    const cancelled = renewalRisk({ ...settled, status: "cancelled" }, now);
    expect(cancelled).toMatchObject({ score: 100, band: "high" });
    expect(10 + cancelled.factors.reduce((sum, item) => sum + item.value, 0)).toBe(100);
    const loyal = renewalRisk({ ...settled, renewalPremium: 900, paymentStatus: "current", contactHealth: 100, customerSince: days(-3000), contactActivePolicies: 4 }, now);
    expect(loyal).toMatchObject({ score: 0, band: "low" });
  });

  it("is deterministic given now", () => {
    expect(renewalRisk(settled, now)).toEqual(renewalRisk(settled, new Date(now)));
  });
});
