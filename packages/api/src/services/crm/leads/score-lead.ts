import type { LeadKind, LeadStatus } from "@harbor/db";

// The lead score, 0–100, from a small rule set a producer can check by hand. The AI issue
// replaces it with a model; until then every create, update, activity and import recomputes it.
//
//   signal                                                         points
//   email present                                                      10
//   phone present                                                      10
//   company present                                                     5
//   job title present                                                   5
//   value band (the larger of value and budget)
//     ≥ 10,000 → 20 · ≥ 5,000 → 15 · ≥ 1,000 → 10 · > 0 → 5            ≤ 20
//   source quality
//     warm (referral, partner, walk-in, existing client)               15
//     intent (website, search/Google, LinkedIn, Indeed, career fair,
//     event, webinar)                                                  10
//     any other named source                                            5
//     cold call, purchased list, or none                                0
//   status progress
//     new 0 · contacted 5 · qualified 15 · appointment_set 20 ·
//     proposal 25 · won 25                                             ≤ 25
//   last interaction within 7 days → 10 · within 30 days → 5           ≤ 10
//                                                                   ───────
//                                                                      100
//
// Recruit leads carry no deal value, so their points (at most 80) are scaled to 100.
// A lost lead scores at most 10, whatever else it has, so it never ranks above a live one.
// The factors always add up to the score.
// The stored score reflects the lead as of its last write (recency is not re-aged nightly).

export interface ScoreLeadInput {
  kind: LeadKind;
  status: LeadStatus;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  source?: string | null;
  value?: number | null;
  budget?: number | null;
  lastInteractionAt?: Date | null;
}

export interface ScoreFactor {
  factor: string;
  points: number;
}

export interface LeadScore {
  score: number;
  factors: ScoreFactor[];
}

const DAY = 86_400_000;
const LOST_CAP = 10;

const statusPoints: Record<LeadStatus, number> = {
  new: 0,
  contacted: 5,
  qualified: 15,
  appointment_set: 20,
  proposal: 25,
  won: 25,
  lost: 0,
};

const COLD_SOURCES = ["cold", "purchased", "list buy", "bought list"];
const WARM_SOURCES = ["referral", "referred", "partner", "walk-in", "walk in", "existing client", "repeat"];
const INTENT_SOURCES = ["website", "web form", "google", "search", "linkedin", "indeed", "career fair", "event", "webinar"];

function sourcePoints(source: string | null | undefined): { points: number; label: string } | null {
  const normalized = source?.trim().toLowerCase();
  if (!normalized) return null;
  const has = (words: string[]) => words.some((word) => normalized.includes(word));
  if (has(COLD_SOURCES)) return { points: 0, label: "cold source" };
  if (has(WARM_SOURCES)) return { points: 15, label: "warm source" };
  if (has(INTENT_SOURCES)) return { points: 10, label: "high-intent source" };
  return { points: 5, label: "named source" };
}

function valuePoints(amount: number): number {
  if (amount >= 10_000) return 20;
  if (amount >= 5_000) return 15;
  if (amount >= 1_000) return 10;
  return amount > 0 ? 5 : 0;
}

const present = (value: string | null | undefined) => typeof value === "string" && value.trim().length > 0;

export function scoreLead(lead: ScoreLeadInput, now: Date = new Date()): LeadScore {
  const factors: ScoreFactor[] = [];
  const add = (factor: string, points: number) => {
    if (points > 0) factors.push({ factor, points });
  };

  if (present(lead.email)) add("email on file", 10);
  if (present(lead.phone)) add("phone on file", 10);
  if (present(lead.company)) add("company known", 5);
  if (present(lead.jobTitle)) add("job title known", 5);

  if (lead.kind === "client") {
    const amount = Math.max(lead.value ?? 0, lead.budget ?? 0);
    add(`value ${amount.toLocaleString("en-US")}`, valuePoints(amount));
  }

  const source = sourcePoints(lead.source);
  if (source) add(source.label, source.points);

  add(`status ${lead.status}`, statusPoints[lead.status]);

  if (lead.lastInteractionAt) {
    const age = now.getTime() - lead.lastInteractionAt.getTime();
    if (age <= 7 * DAY) add("interaction in the last 7 days", 10);
    else if (age <= 30 * DAY) add("interaction in the last 30 days", 5);
  }

  const raw = factors.reduce((sum, factor) => sum + factor.points, 0);
  let score = raw;
  if (lead.kind === "recruit") {
    score = Math.round((raw * 100) / 80);
    add("recruit scaling (no deal value)", score - raw);
  }
  if (lead.status === "lost" && score > LOST_CAP) {
    factors.push({ factor: "lost (capped at 10)", points: LOST_CAP - score });
    score = LOST_CAP;
  }
  return { score: Math.max(0, Math.min(100, score)), factors };
}
