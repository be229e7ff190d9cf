import {
  netSentiment,
  paymentExplanation,
  recencyExplanation,
  renewalDays,
  renewalExplanation,
  sentimentExplanation,
  tenureExplanation,
  tenureYears,
  type ContactScoreInput,
  type PaymentStatus,
} from "./contact-health";
import { bandFor, bandThresholds, daysBetween, factor, sumFactors, type ChurnBand, type Score } from "./score-types";

// Churn risk, 0–100 (higher is likelier to leave): 20 plus the contact-health signals weighted for
// risk — recency (≤ 14 days −5, ≤ 30 0, ≤ 60 +5, ≤ 120 +10, older or never +20), frequency
// (interactions in 90 days: none +10, 1–2 0, 3+ −5), sentiment trend (net negative share × 15),
// open tickets (+4 each, ≤ 12), overdue tickets (+8 each, ≤ 16), lapsed or cancelled policies
// (+15 each, ≤ 30), payment status (late +15, current −5, unknown 0), renewal proximity (≤ 30
// days +10, ≤ 60 +5), tenure (under a year +10, ≥ 2 years −5, ≥ 5 −10) and lines held (none +25,
// one +10, two 0, three or more −10: a single-line customer leaves most easily).
//
// Payments do not exist yet: "unknown" is neutral until renewals record them.

export const churnRiskWeights = {
  base: 20,
  recency: 20,
  frequency: 10,
  sentiment: 15,
  openTickets: 12,
  overdueTickets: 16,
  lapsedPolicies: 30,
  payment: 15,
  renewal: 10,
  tenure: 10,
  lines: 25,
} as const;

const paymentPoints: Record<PaymentStatus, number> = { late: 15, current: -5, unknown: 0 };

export function churnRisk(input: ContactScoreInput, now: Date): Score<ChurnBand> {
  const w = churnRiskWeights;
  const age = input.lastContactAt ? daysBetween(input.lastContactAt, now) : null;
  const recency = age === null ? 20 : age <= 14 ? -5 : age <= 30 ? 0 : age <= 60 ? 5 : age <= 120 ? 10 : 20;
  const count = input.interactionsLast90Days;
  const renewal = renewalDays(input.nextRenewalAt, now);
  const years = tenureYears(input.customerSince, now);
  const lines = input.activePolicies;

  const factors = [
    factor("recency", w.recency, recency, recencyExplanation(input.lastContactAt, now)),
    factor("frequency", w.frequency, count === 0 ? 10 : count <= 2 ? 0 : -5, `${count} interactions in the last 90 days.`),
    factor("sentimentTrend", w.sentiment, -netSentiment(input) * 15, sentimentExplanation(input)),
    factor("openTickets", w.openTickets, Math.min(input.openTickets * 4, w.openTickets), `${input.openTickets} open tickets.`),
    factor("overdueTickets", w.overdueTickets, Math.min(input.overdueTickets * 8, w.overdueTickets), `${input.overdueTickets} tickets open for more than 7 days.`),
    factor("lapsedPolicies", w.lapsedPolicies, Math.min(input.lapsedOrCancelledPolicies * 15, w.lapsedPolicies), `${input.lapsedOrCancelledPolicies} lapsed or cancelled policies.`),
    factor("paymentStatus", w.payment, paymentPoints[input.paymentStatus], paymentExplanation[input.paymentStatus]),
    factor(
      "renewalProximity",
      w.renewal,
      renewal === null || renewal > 60 ? 0 : renewal <= 30 ? 10 : 5,
      renewalExplanation(input.nextRenewalAt, now),
    ),
    factor("tenure", w.tenure, years < 1 ? 10 : years >= 5 ? -10 : years >= 2 ? -5 : 0, tenureExplanation(input.customerSince, now)),
    factor("lines", w.lines, lines === 0 ? 25 : lines === 1 ? 10 : lines === 2 ? 0 : -10, `${lines} active policies.`),
  ];
  const { score, factors: all } = sumFactors(w.base, factors);
  return { score, band: bandFor(score, bandThresholds.churn), factors: all, computedAt: now };
}
