import type { Actor } from "../../../access/actor";
import { listTimeline } from "../activities";
import { findLeadInScope, leadSelect, withMoney } from "./lead-record";
import { storedScoresOf } from "../record-scores";
import { summarySelect } from "../../summary-select";

const leadDetailSelect = {
  ...leadSelect,
  convertedContact: summarySelect,
  agentCandidate: { select: { id: true, stage: true } },
  opportunities: { select: { id: true, title: true, stage: true, value: true }, orderBy: { createdAt: "desc" as const }, take: 20 },
};

/** The lead drawer: the lead, its owner, what it became, why it scores what it does, its timeline. */
export async function getLead({ actor, id }: { actor: Actor; id: string }) {
  const lead = await findLeadInScope(actor, id, leadDetailSelect);
  const [activities, stored] = await Promise.all([
    listTimeline({ organizationId: actor.organizationId, on: { leadId: lead.id } }),
    storedScoresOf(actor, "lead", [lead.id]),
  ]);
  const money = withMoney(lead);
  return {
    ...money,
    opportunities: lead.opportunities.map((opportunity) => ({ ...opportunity, value: Number(opportunity.value) })),
    // As stored by the last recompute (services/scores), never recomputed on read.
    scores: { lead: stored.get(lead.id)?.lead ?? null },
    // Not `timeline`, as on contacts and opportunities: a lead's `timeline` is its buying timeline.
    activities,
  };
}
