import { paymentExplanation, tenureExplanation, tenureYears, type PaymentStatus } from "./contact-health";
import { bandFor, bandThresholds, bucketPhrase, dateOf, daysBetween, factor, sumFactors, type RenewalRiskBand, type Score } from "./score-types";

// Renewal risk of a policy, 0–100 (higher is likelier to be lost at renewal): 10 plus premium change
// at renewal (≥ 20% +25, ≥ 10% +15, ≥ 5% +5, a cut of 5% or more −5), claims in the term (one +10,
// two or more +20), payment history (late +20, current −5), the contact's health ((50 − health) / 2,
// so ±25), tenure (under a year +10, ≥ 2 years −5, ≥ 5 −10), single line vs bundled (the contact's
// only active policy +10, two 0, three or more −5), days to renewal (passed +20, ≤ 30 +15, ≤ 60 +10,
// ≤ 90 +5) and status (lapsed +25; cancelled or expired +100, i.e. certain).
//
// Renewal premiums, claims and payments do not exist yet: until renewals bring them the inputs are
// null / "unknown" and those factors are listed as neutral (0 points). So is the contact's health
// before the contact was first scored.

export type PolicyStatusInput = "active" | "pending" | "lapsed" | "cancelled" | "expired";

export interface RenewalRiskInput {
  status: PolicyStatusInput;
  premium: number;
  /** The quoted premium for the next term; null until renewals record it. */
  renewalPremium: number | null;
  /** Claims filed in the current term; null until claims are recorded. */
  claimsInTerm: number | null;
  paymentStatus: PaymentStatus;
  /** The contact's stored health score; null before it was first scored. */
  contactHealth: number | null;
  customerSince: Date;
  /** Active policies the contact holds, this one included when active. */
  contactActivePolicies: number;
  /** The renewal date, else the end of the term. */
  renewsAt: Date;
}

export const renewalRiskWeights = {
  base: 10,
  premiumChange: 25,
  claims: 20,
  payment: 20,
  contactHealth: 25,
  tenure: 10,
  bundling: 10,
  daysToRenewal: 20,
  status: 100,
} as const;

function premiumChange(input: RenewalRiskInput): { points: number; explanation: string } {
  if (input.renewalPremium === null) return { points: 0, explanation: "No renewal premium yet (renewals will bring it); neutral until then." };
  if (input.premium <= 0) return { points: 0, explanation: "No current premium to compare with." };
  const change = (input.renewalPremium - input.premium) / input.premium;
  const percent = `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)}%`;
  const points = change >= 0.2 ? 25 : change >= 0.1 ? 15 : change >= 0.05 ? 5 : change <= -0.05 ? -5 : 0;
  return { points, explanation: `Premium at renewal ${percent}.` };
}

const paymentPoints: Record<PaymentStatus, number> = { late: 20, current: -5, unknown: 0 };

const statusPoints: Record<PolicyStatusInput, number> = { active: 0, pending: 0, lapsed: 25, cancelled: 100, expired: 100 };

export function renewalRisk(input: RenewalRiskInput, now: Date): Score<RenewalRiskBand> {
  const w = renewalRiskWeights;
  const premium = premiumChange(input);
  const claims = input.claimsInTerm;
  const years = tenureYears(input.customerSince, now);
  const lines = input.contactActivePolicies;
  const days = daysBetween(now, input.renewsAt);

  const factors = [
    factor("premiumChange", w.premiumChange, premium.points, premium.explanation),
    factor(
      "claimsInTerm",
      w.claims,
      claims === null ? 0 : claims >= 2 ? 20 : claims === 1 ? 10 : 0,
      claims === null ? "No claims records yet (renewals will bring them); neutral until then." : `${claims} claims this term.`,
    ),
    factor("paymentHistory", w.payment, paymentPoints[input.paymentStatus], paymentExplanation[input.paymentStatus]),
    factor(
      "contactHealth",
      w.contactHealth,
      input.contactHealth === null ? 0 : (50 - input.contactHealth) / 2,
      input.contactHealth === null ? "The contact has not been scored yet." : `The contact's health is ${input.contactHealth}.`,
    ),
    factor("tenure", w.tenure, years < 1 ? 10 : years >= 5 ? -10 : years >= 2 ? -5 : 0, tenureExplanation(input.customerSince, now)),
    factor("bundling", w.bundling, lines <= 1 ? 10 : lines === 2 ? 0 : -5, lines <= 1 ? "The contact's only active policy." : `One of ${lines} active policies (bundled).`),
    factor(
      "daysToRenewal",
      w.daysToRenewal,
      days < 0 ? 20 : days <= 30 ? 15 : days <= 60 ? 10 : days <= 90 ? 5 : 0,
      days < 0
        ? `Renewal date ${dateOf(input.renewsAt)} has passed.`
        : `Renews on ${dateOf(input.renewsAt)}: ${bucketPhrase(days, [[30, "within 30 days"], [60, "in 31 to 60 days"], [90, "in 61 to 90 days"]], "more than 90 days away")}.`,
    ),
    factor("status", w.status, statusPoints[input.status], `Policy ${input.status}.`),
  ];
  const { score, factors: all } = sumFactors(w.base, factors);
  return { score, band: bandFor(score, bandThresholds.renewalRisk), factors: all, computedAt: now };
}
