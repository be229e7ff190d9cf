import type { RecordFact, RecordScore } from "@harbor/ai";
import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { requireId, within } from "../../access/organization-scope";
import { policyScope } from "../../access/scopes/policy-scope";
import { notFound } from "../../errors";
import { getContact } from "../crm/contacts";
import { getLead } from "../crm/leads/get-lead";
import { getOpportunity } from "../crm/opportunities/get-opportunity";
import { policySelect, toPolicy } from "../crm/policies";
import { storedScoresOf, type StoredScore } from "../crm/record-scores";
import { getTicket } from "../crm/tickets";
import { summarySelect } from "../summary-select";

// The facts copilot.insights reasons over, read through the same services the record's own page
// uses, so the caller's record scope applies (a record outside it is NOT_FOUND). Every fact names
// the record it came from, which is what the insights cite.

export const insightEntityTypes = ["lead", "contact", "opportunity", "policy", "ticket"] as const;
export type InsightEntityType = (typeof insightEntityTypes)[number];

export interface RecordFacts {
  title: string;
  facts: RecordFact[];
  scores: RecordScore[];
}

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "none");
const money = (value: number | null | undefined) => (value === null || value === undefined ? "none" : `$${value.toLocaleString("en-US")}`);

interface TimelineEntry {
  id: string;
  type: string;
  title: string;
  description: string | null;
  occurredAt: Date;
}

/**
 * A stored score as the insights read it: the factors that moved it, "up" when the factor is good
 * for the client relationship and "down" when it is not (a factor raising a risk is bad news).
 */
function insightScore(name: string, stored: StoredScore | null, { risk = false } = {}): RecordScore[] {
  if (!stored) return [];
  const factors = stored.factors
    .filter((factor) => factor.direction !== "neutral")
    .map((factor) => ({ name: factor.name, explanation: factor.explanation, direction: (factor.direction === "raises") !== risk ? "up" : "down" }));
  return [{ name, score: stored.score, band: stored.band, factors }];
}

function timelineFacts(entries: TimelineEntry[], limit = 5): RecordFact[] {
  return entries.slice(0, limit).map((entry) => ({
    label: `Activity ${day(entry.occurredAt)}`,
    value: `${entry.type}: ${entry.title}${entry.description ? ` — ${entry.description.slice(0, 200)}` : ""}`,
    source: { entityType: "activity", entityId: entry.id },
  }));
}

export async function recordFacts(actor: Actor, entityType: InsightEntityType, id: string): Promise<RecordFacts> {
  if (entityType === "lead") {
    const lead = await getLead({ actor, id });
    const source = { entityType: "lead", entityId: lead.id };
    return {
      title: `${lead.name} (${lead.kind} lead)`,
      facts: [
        { label: "Status", value: lead.status, source },
        { label: "Source", value: lead.source ?? "unknown", source },
        { label: "Estimated value", value: money(lead.value), source },
        { label: "Last interaction", value: day(lead.lastInteractionAt), source },
        { label: "Created", value: day(lead.createdAt), source },
        ...timelineFacts(lead.activities),
      ],
      scores: insightScore("Lead score", lead.scores.lead),
    };
  }
  if (entityType === "contact") {
    const contact = await getContact({ actor, id });
    const source = { entityType: "contact", entityId: contact.id };
    return {
      title: `${contact.name} (client)`,
      facts: [
        { label: "Health score", value: `${contact.healthScore} (${contact.relationshipHealth})`, source },
        { label: "Churn risk", value: String(contact.churnRisk), source },
        { label: "Last contact", value: day(contact.lastContactAt), source },
        { label: "Active premium", value: money(contact.summary.activePremium), source },
        ...contact.policies.slice(0, 5).map((policy) => ({
          label: `Policy ${policy.policyNumber}`,
          value: `${policy.type}, ${policy.status}, renews ${day(policy.renewalDate)}, premium ${money(policy.premium)}`,
          source: { entityType: "policy", entityId: policy.id },
        })),
        ...contact.openTasks.slice(0, 3).map((task) => ({ label: "Open task", value: `${task.title} (due ${day(task.dueAt)})`, source: { entityType: "task", entityId: task.id } })),
        ...timelineFacts(contact.timeline),
      ],
      scores: [...insightScore("Health score", contact.scores.health), ...insightScore("Churn risk", contact.scores.churn, { risk: true })],
    };
  }
  if (entityType === "opportunity") {
    const opportunity = await getOpportunity({ actor, id });
    const source = { entityType: "opportunity", entityId: opportunity.id };
    return {
      title: `${opportunity.title} (opportunity)`,
      facts: [
        { label: "Stage", value: opportunity.stage, source },
        { label: "Value", value: money(opportunity.value), source },
        { label: "Expected close", value: day(opportunity.expectedCloseDate), source },
        { label: "Last activity", value: day(opportunity.lastActivityAt), source },
        { label: "Competitor", value: opportunity.competitor ?? "none known", source },
        ...timelineFacts(opportunity.timeline),
      ],
      scores: insightScore("Win probability", opportunity.scores.probability),
    };
  }
  if (entityType === "policy") {
    const row = await db.policy.findFirst({ where: within(policyScope(actor), { id: requireId(id) }), select: { ...policySelect, contact: summarySelect } });
    if (!row) throw notFound("Policy");
    const policy = toPolicy(row);
    const source = { entityType: "policy", entityId: policy.id };
    const stored = await storedScoresOf(actor, "policy", [policy.id]);
    return {
      title: `Policy ${policy.policyNumber} (${policy.type}) for ${policy.contact.name}`,
      facts: [
        { label: "Status", value: policy.status, source },
        { label: "Carrier", value: policy.carrier, source },
        { label: "Premium", value: money(policy.premium), source },
        { label: "Renewal date", value: day(policy.renewalDate), source },
        { label: "Ends", value: day(policy.endDate), source },
        { label: "Client", value: policy.contact.name, source: { entityType: "contact", entityId: policy.contact.id } },
      ],
      scores: insightScore("Renewal risk", stored.get(policy.id)?.renewal_risk ?? null, { risk: true }),
    };
  }
  const ticket = await getTicket({ actor, id });
  const source = { entityType: "ticket", entityId: ticket.id };
  return {
    title: `Ticket #${ticket.number}: ${ticket.subject}`,
    facts: [
      { label: "Status", value: ticket.status, source },
      { label: "Priority", value: ticket.priority, source },
      { label: "Category", value: ticket.category ?? "none", source },
      { label: "Last message", value: day(ticket.lastMessageAt), source },
      ...ticket.messages.slice(-3).map((message) => ({ label: `Message ${day(message.createdAt)}`, value: message.body.slice(0, 300), source })),
    ],
    scores: [],
  };
}
