import { db } from "@harbor/db";
import { toUserActor, type UserActor } from "./actor";
import { within } from "./organization-scope";
import { ownedRecordScope } from "./scopes/owned-record-scope";
import { renewalCaseScope } from "./scopes/renewal-case-scope";
import { taskScope } from "./scopes/task-scope";
import { ticketScope } from "./scopes/ticket-scope";

// Who among some users may see one record, by the same scopes their own reads use. The realtime
// publisher asks before it puts a record's fields on a user's channel.

export type VisibleEntityType = "lead" | "opportunity" | "task" | "ticket" | "renewal_case";

const findInScope: Record<VisibleEntityType, (actor: UserActor, id: string) => Promise<{ id: string } | null>> = {
  lead: (actor, id) => db.lead.findFirst({ where: within(ownedRecordScope(actor), { id }), select: { id: true } }),
  opportunity: (actor, id) => db.opportunity.findFirst({ where: within(ownedRecordScope(actor), { id }), select: { id: true } }),
  task: (actor, id) => db.task.findFirst({ where: within(taskScope(actor), { id }), select: { id: true } }),
  ticket: (actor, id) => db.ticket.findFirst({ where: within(ticketScope(actor), { id }), select: { id: true } }),
  renewal_case: (actor, id) => db.renewalCase.findFirst({ where: within(renewalCaseScope(actor), { id }), select: { id: true } }),
};

export async function usersWhoMaySee({
  organizationId,
  entityType,
  id,
  userIds,
}: {
  organizationId: string;
  entityType: VisibleEntityType;
  id: string;
  userIds: string[];
}): Promise<string[]> {
  if (userIds.length === 0) return [];
  const users = await db.user.findMany({
    where: { organizationId, id: { in: [...new Set(userIds)] }, status: "active" },
    select: { id: true, organizationId: true, role: true, teamId: true, email: true, name: true },
  });
  const visible = await Promise.all(users.map(async (user) => ((await findInScope[entityType](toUserActor(user, "session"), id)) ? user.id : null)));
  return userIds.filter((userId, index) => visible.includes(userId) && userIds.indexOf(userId) === index);
}
