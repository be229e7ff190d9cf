import { bandFor, bandThresholds, bucketPhrase, dateOf, daysBetween, factor, sumFactors, type HealthBand, type Score } from "./score-types";

// Contact health, 0–100 (higher is healthier): 50 plus ten factors — recency of contact (≤ 14 days
// +15, ≤ 30 +10, ≤ 60 0, ≤ 120 −10, older or never −20), frequency (interactions in 90 days: none
// −10, 1–2 0, 3–5 +5, 6+ +10), sentiment trend (net share of positive over negative rated
// interactions in 90 days × 10), open tickets (−3 each, ≤ −9), overdue tickets (open or pending
// over 7 days, −5 each, ≤ −10), lapsed or cancelled policies (−10 each, ≤ −20), payment status
// (current +5, late −10, unknown 0), renewal proximity (an active policy renewing in ≤ 30 days −5,
// ≤ 60 −2), tenure (≥ 5 years +10, ≥ 2 +5, ≥ 1 +2) and lines held (no active policy −10, one 0,
// two +5, three or more +10: more lines are stickier).
//
// Payments do not exist yet: until renewals record them, paymentStatus is "unknown" and the factor
// is listed as neutral (0 points).

export type PaymentStatus = "current" | "late" | "unknown";

/** What the contact scores (health and churn risk) read, gathered per contact. */
export interface ContactScoreInput {
  /** Since when the contact has been a customer: their first policy's start, else the contact's creation. */
  customerSince: Date;
  lastContactAt: Date | null;
  interactionsLast90Days: number;
  positiveLast90Days: number;
  negativeLast90Days: number;
  openTickets: number;
  /** Open or pending tickets older than 7 days. */
  overdueTickets: number;
  lapsedOrCancelledPolicies: number;
  activePolicies: number;
  /** The soonest renewal (renewal date, else end date) of an active policy, if any. */
  nextRenewalAt: Date | null;
  paymentStatus: PaymentStatus;
}

export const contactHealthWeights = {
  base: 50,
  recency: 20,
  frequency: 10,
  sentiment: 10,
  openTickets: 9,
  overdueTickets: 10,
  lapsedPolicies: 20,
  payment: 10,
  renewal: 5,
  tenure: 10,
  lines: 10,
} as const;

/** Net sentiment in [-1, 1] over the rated interactions, 0 when none was rated. */
export function netSentiment(input: Pick<ContactScoreInput, "positiveLast90Days" | "negativeLast90Days">): number {
  const rated = input.positiveLast90Days + input.negativeLast90Days;
  return rated === 0 ? 0 : (input.positiveLast90Days - input.negativeLast90Days) / rated;
}

export function sentimentExplanation(input: ContactScoreInput): string {
  if (input.positiveLast90Days + input.negativeLast90Days === 0) return "No positive or negative interactions in the last 90 days.";
  return `${input.positiveLast90Days} positive and ${input.negativeLast90Days} negative interactions in the last 90 days.`;
}

// The buckets the recency, renewal and tenure points come from, named in their explanations.
const RECENCY_BUCKETS = [
  [14, "within the last 14 days"],
  [30, "15 to 30 days ago"],
  [60, "31 to 60 days ago"],
  [120, "61 to 120 days ago"],
] as const;
const RENEWAL_BUCKETS = [
  [30, "within 30 days"],
  [60, "in 31 to 60 days"],
] as const;

export function recencyExplanation(lastContactAt: Date | null, now: Date): string {
  if (!lastContactAt) return "Never contacted.";
  return `Last contact on ${dateOf(lastContactAt)}: ${bucketPhrase(daysBetween(lastContactAt, now), RECENCY_BUCKETS, "more than 120 days ago")}.`;
}

export function renewalExplanation(nextRenewalAt: Date | null, now: Date): string {
  if (!nextRenewalAt) return "No active policy renewing.";
  return `Next renewal on ${dateOf(nextRenewalAt)}: ${bucketPhrase(daysBetween(now, nextRenewalAt), RENEWAL_BUCKETS, "more than 60 days away")}.`;
}

export function tenureExplanation(customerSince: Date, now: Date): string {
  const years = tenureYears(customerSince, now);
  return `Customer since ${dateOf(customerSince)}: ${years >= 5 ? "5 years or more" : years >= 2 ? "2 to 5 years" : years >= 1 ? "1 to 2 years" : "under a year"}.`;
}

export function renewalDays(nextRenewalAt: Date | null, now: Date): number | null {
  return nextRenewalAt ? daysBetween(now, nextRenewalAt) : null;
}

export function tenureYears(customerSince: Date, now: Date): number {
  return daysBetween(customerSince, now) / 365.25;
}

export const paymentExplanation: Record<PaymentStatus, string> = {
  current: "Payments are current.",
  late: "A payment is late.",
  unknown: "No payment records yet (renewals will bring them); neutral until then.",
};

export function contactHealth(input: ContactScoreInput, now: Date): Score<HealthBand> {
  const w = contactHealthWeights;
  const age = input.lastContactAt ? daysBetween(input.lastContactAt, now) : null;
  const recency = age === null ? -20 : age <= 14 ? 15 : age <= 30 ? 10 : age <= 60 ? 0 : age <= 120 ? -10 : -20;
  const count = input.interactionsLast90Days;
  const frequency = count === 0 ? -10 : count <= 2 ? 0 : count <= 5 ? 5 : 10;
  const renewal = renewalDays(input.nextRenewalAt, now);
  const years = tenureYears(input.customerSince, now);
  const lines = input.activePolicies;

  const factors = [
    factor("recency", w.recency, recency, recencyExplanation(input.lastContactAt, now)),
    factor("frequency", w.frequency, frequency, `${count} interactions in the last 90 days.`),
    factor("sentimentTrend", w.sentiment, netSentiment(input) * 10, sentimentExplanation(input)),
    factor("openTickets", w.openTickets, -Math.min(input.openTickets * 3, w.openTickets), `${input.openTickets} open tickets.`),
    factor("overdueTickets", w.overdueTickets, -Math.min(input.overdueTickets * 5, w.overdueTickets), `${input.overdueTickets} tickets open for more than 7 days.`),
    factor("lapsedPolicies", w.lapsedPolicies, -Math.min(input.lapsedOrCancelledPolicies * 10, w.lapsedPolicies), `${input.lapsedOrCancelledPolicies} lapsed or cancelled policies.`),
    factor("paymentStatus", w.payment, input.paymentStatus === "current" ? 5 : input.paymentStatus === "late" ? -10 : 0, paymentExplanation[input.paymentStatus]),
    factor(
      "renewalProximity",
      w.renewal,
      renewal === null || renewal > 60 ? 0 : renewal <= 30 ? -5 : -2,
      renewalExplanation(input.nextRenewalAt, now),
    ),
    factor("tenure", w.tenure, years >= 5 ? 10 : years >= 2 ? 5 : years >= 1 ? 2 : 0, tenureExplanation(input.customerSince, now)),
    factor("lines", w.lines, lines === 0 ? -10 : lines === 1 ? 0 : lines === 2 ? 5 : 10, `${lines} active policies.`),
  ];
  const { score, factors: all } = sumFactors(w.base, factors);
  return { score, band: bandFor(score, bandThresholds.health), factors: all, computedAt: now };
}
