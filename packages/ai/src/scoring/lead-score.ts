import { bandFor, bandThresholds, bucketPhrase, dateOf, daysBetween, factor, sumFactors, type Factor, type LeadBand, type Score } from "./score-types";

// Lead score, 0–100: the sum of six factors — completeness (email 6, phone 6, company 4, job
// title 4; ≤ 20), source quality (warm 15, high-intent 10, other named 5, cold or none 0; ≤ 15),
// budget/value (the larger of the two: ≥ 10,000 → 20, ≥ 5,000 → 15, ≥ 1,000 → 10, > 0 → 5; ≤ 20),
// stage (new 0, contacted 5, qualified 15, appointment set 20, proposal and won 25; ≤ 25),
// engagement recency (last interaction ≤ 7 days 10, ≤ 30 days 5; ≤ 10) and engagement count
// (2 points per interaction in the last 90 days, ≤ 10) — with a recruit's points (no deal value,
// at most 80) scaled to 100, and a lost lead capped at 10 so it never ranks above a live one.
//
// It takes every input of the CRM's rule set (services/crm/leads/score-lead.ts) plus the
// interaction count, so it replaces that function where it is called.

export type LeadKindInput = "client" | "recruit";
export type LeadStatusInput = "new" | "contacted" | "qualified" | "appointment_set" | "proposal" | "won" | "lost";

export interface LeadScoreInput {
  kind: LeadKindInput;
  status: LeadStatusInput;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  source?: string | null;
  value?: number | null;
  budget?: number | null;
  lastInteractionAt?: Date | null;
  /** Activities on the lead in the 90 days before `now`; absent counts as none. */
  interactionsLast90Days?: number | null;
}

export const leadScoreWeights = {
  email: 6,
  phone: 6,
  company: 4,
  jobTitle: 4,
  source: 15,
  value: 20,
  stage: 25,
  recency: 10,
  engagement: 10,
  lostCap: 10,
} as const;

const stagePoints: Record<LeadStatusInput, number> = { new: 0, contacted: 5, qualified: 15, appointment_set: 20, proposal: 25, won: 25, lost: 0 };

const COLD_SOURCES = ["cold", "purchased", "list buy", "bought list"];
const WARM_SOURCES = ["referral", "referred", "partner", "walk-in", "walk in", "existing client", "repeat"];
const INTENT_SOURCES = ["website", "web form", "google", "search", "linkedin", "indeed", "career fair", "event", "webinar"];

function sourceQuality(source: string | null | undefined): { points: number; explanation: string } {
  const normalized = source?.trim().toLowerCase();
  if (!normalized) return { points: 0, explanation: "No source recorded." };
  const has = (words: string[]) => words.some((word) => normalized.includes(word));
  if (has(COLD_SOURCES)) return { points: 0, explanation: `"${source}" is a cold source.` };
  if (has(WARM_SOURCES)) return { points: 15, explanation: `"${source}" is a warm source (referral, partner, walk-in or existing client).` };
  if (has(INTENT_SOURCES)) return { points: 10, explanation: `"${source}" is a high-intent source.` };
  return { points: 5, explanation: `"${source}" is a named source of unknown quality.` };
}

function valuePoints(amount: number): number {
  if (amount >= 10_000) return 20;
  if (amount >= 5_000) return 15;
  if (amount >= 1_000) return 10;
  return amount > 0 ? 5 : 0;
}

const present = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0;

export function leadScore(lead: LeadScoreInput, now: Date): Score<LeadBand> {
  const w = leadScoreWeights;
  const factors: Factor[] = [];
  const completeness = (name: string, weight: number, has: boolean, label: string) =>
    factors.push(factor(name, weight, has ? weight : 0, has ? `${label} on file.` : `No ${label.toLowerCase()} on file.`));
  completeness("email", w.email, present(lead.email), "Email");
  completeness("phone", w.phone, present(lead.phone), "Phone");
  completeness("company", w.company, present(lead.company), "Company");
  completeness("jobTitle", w.jobTitle, present(lead.jobTitle), "Job title");

  const source = sourceQuality(lead.source);
  factors.push(factor("source", w.source, source.points, source.explanation));

  if (lead.kind === "client") {
    const amount = Math.max(lead.value ?? 0, lead.budget ?? 0);
    factors.push(factor("value", w.value, valuePoints(amount), amount > 0 ? `Budget or deal value ${amount.toLocaleString("en-US")}.` : "No budget or deal value."));
  }

  factors.push(factor("stage", w.stage, stagePoints[lead.status], `Status ${lead.status.replace("_", " ")}.`));

  if (lead.lastInteractionAt) {
    const age = daysBetween(lead.lastInteractionAt, now);
    const points = age <= 7 ? 10 : age <= 30 ? 5 : 0;
    factors.push(factor("recency", w.recency, points, `Last interaction on ${dateOf(lead.lastInteractionAt)}: ${bucketPhrase(age, [[7, "within the last 7 days"], [30, "8 to 30 days ago"]], "more than 30 days ago")}.`));
  } else {
    factors.push(factor("recency", w.recency, 0, "No interaction yet."));
  }

  const interactions = Math.max(0, lead.interactionsLast90Days ?? 0);
  factors.push(factor("engagement", w.engagement, Math.min(interactions * 2, w.engagement), `${interactions} interactions in the last 90 days.`));

  const raw = factors.reduce((sum, item) => sum + item.value, 0);
  if (lead.kind === "recruit") {
    const scaled = Math.round((raw * 100) / 80);
    factors.push(factor("recruitScaling", 20, scaled - raw, "Recruits carry no deal value, so their 80 possible points are scaled to 100."));
  }
  const beforeCap = factors.reduce((sum, item) => sum + item.value, 0);
  if (lead.status === "lost" && beforeCap > w.lostCap) {
    factors.push(factor("lost", 100, w.lostCap - beforeCap, `A lost lead scores at most ${w.lostCap}.`));
  }
  const { score, factors: all } = sumFactors(0, factors);
  return { score, band: bandFor(score, bandThresholds.lead), factors: all, computedAt: now };
}
