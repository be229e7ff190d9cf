import { db, type Prisma } from "@harbor/db";
import { live } from "../../../access/scopes/live-record";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { taskScope } from "../../../access/scopes/task-scope";
import { notFound } from "../../../errors";
import { listTimeline } from "../activities";
import { isOpenStage } from "../opportunities/stage-probability";
import { policySelect, toPolicy } from "../policies/policy-select";
import { storedScoresOf } from "../record-scores";
import { taskSelect, toTask } from "../tasks/task-select";
import { contactSelect, withRelationshipHealth } from "./contact-select";
import { summarySelect } from "../../summary-select";

const contactDetailSelect = {
  ...contactSelect,
  policies: { where: live, select: policySelect, orderBy: [{ renewalDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
  opportunities: {
    where: live,
    select: { id: true, title: true, stage: true, value: true, probability: true, expectedCloseDate: true, closedAt: true, ownerId: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
  tickets: {
    where: live,
    select: { id: true, number: true, subject: true, status: true, priority: true, lastMessageAt: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 20,
  },
  household: summarySelect,
} as const satisfies Prisma.ContactSelect;

/**
 * A contact with its policies, opportunities, recent tickets, timeline and open tasks (its own and
 * its opportunities', as far as the actor's task scope reaches), plus the book figures the header
 * shows.
 */
export async function getContact({ actor, id }: { actor: Actor; id: string }) {
  const contact = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(id) }), select: contactDetailSelect });
  if (!contact) throw notFound("Contact");

  const [timeline, tasks] = await Promise.all([
    listTimeline({ organizationId: actor.organizationId, on: { contactId: contact.id } }),
    db.task.findMany({
      where: within(taskScope(actor), {
        status: { not: "completed" },
        OR: [{ contactId: contact.id }, { opportunity: { is: { contactId: contact.id } } }],
      }),
      select: taskSelect,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: 50,
    }),
  ]);

  const [contactScores, policyScores] = await Promise.all([
    storedScoresOf(actor, "contact", [contact.id]),
    storedScoresOf(actor, "policy", contact.policies.map((policy) => policy.id)),
  ]);
  const policies = contact.policies.map((policy) => ({ ...toPolicy(policy), scores: { renewalRisk: policyScores.get(policy.id)?.renewal_risk ?? null } }));
  const stored = contactScores.get(contact.id);
  const opportunities = contact.opportunities.map((opportunity) => ({ ...opportunity, value: Number(opportunity.value) }));
  const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
  return {
    ...withRelationshipHealth(contact),
    // As stored by the last recompute (services/scores), never recomputed on read.
    scores: { health: stored?.health ?? null, churn: stored?.churn ?? null },
    policies,
    opportunities,
    timeline,
    openTasks: tasks.map((task) => toTask(task)),
    summary: {
      activePremium: sum(policies.filter((policy) => policy.status === "active").map((policy) => policy.premium)),
      openPipelineValue: sum(opportunities.filter((opportunity) => isOpenStage(opportunity.stage)).map((opportunity) => opportunity.value)),
      wonValue: sum(opportunities.filter((opportunity) => opportunity.stage === "closed_won").map((opportunity) => opportunity.value)),
      totalDeals: opportunities.length,
    },
  };
}
