// The demo's lead scores, by the rule set documented in
// packages/api/src/services/crm/leads/score-lead.ts (the seed cannot import the API package,
// which depends on this one). packages/api's seed-demo test checks every seeded lead against
// that function, so the two cannot drift apart unnoticed.

type Status = "new" | "contacted" | "qualified" | "appointment_set" | "proposal" | "won" | "lost";

export interface DemoLead {
  kind: "client" | "recruit";
  status: Status;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  jobTitle?: string | null;
  source?: string | null;
  value?: number | null;
  budget?: number | null;
  lastInteractionAt?: Date | null;
}

const DAY = 86_400_000;
const statusPoints: Record<Status, number> = { new: 0, contacted: 5, qualified: 15, appointment_set: 20, proposal: 25, won: 25, lost: 0 };
const sources: [string[], number][] = [
  [["cold", "purchased", "list buy", "bought list"], 0],
  [["referral", "referred", "partner", "walk-in", "walk in", "existing client", "repeat"], 15],
  [["website", "web form", "google", "search", "linkedin", "indeed", "career fair", "event", "webinar"], 10],
];

export function demoLeadScore(lead: DemoLead, now: Date): number {
  const present = (value: string | null | undefined) => Boolean(value?.trim());
  let points = (present(lead.email) ? 10 : 0) + (present(lead.phone) ? 10 : 0) + (present(lead.company) ? 5 : 0) + (present(lead.jobTitle) ? 5 : 0);
  if (lead.kind === "client") {
    const amount = Math.max(lead.value ?? 0, lead.budget ?? 0);
    points += amount >= 10_000 ? 20 : amount >= 5_000 ? 15 : amount >= 1_000 ? 10 : amount > 0 ? 5 : 0;
  }
  const source = lead.source?.trim().toLowerCase();
  if (source) points += sources.find(([words]) => words.some((word) => source.includes(word)))?.[1] ?? 5;
  points += statusPoints[lead.status];
  if (lead.lastInteractionAt) {
    const age = now.getTime() - lead.lastInteractionAt.getTime();
    points += age <= 7 * DAY ? 10 : age <= 30 * DAY ? 5 : 0;
  }
  const score = lead.kind === "recruit" ? Math.round((points * 100) / 80) : points;
  return Math.min(100, lead.status === "lost" ? Math.min(score, 10) : score);
}
