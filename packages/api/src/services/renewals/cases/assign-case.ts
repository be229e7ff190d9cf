import { db, type Priority } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { assertAssignableUser } from "../../../access/assignable-user";
import { requireId } from "../../../access/organization-scope";
import { fieldError } from "../../../errors";
import { createNotifications } from "../../notifications/notify";
import { priorityRank } from "./case-priority";
import { publishCaseChanges } from "./case-events";
import { recordCaseEvents } from "./case-timeline";
import { inCaseTransaction, lockCaseInScope } from "./find-case";
import { getCase } from "./get-case";

// Handing cases to someone (one, or many from the worklist) and escalating one. Who may be named
// follows access/assignable-user.ts; the new assignee or the person escalated to is notified.

const nameOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name;

export async function assignCases({ actor, ids, userId, note }: { actor: Actor; ids: string[]; userId: string; note?: string | undefined }) {
  await assertAssignableUser(actor, requireId(userId, "userId"), "userId");
  const assigneeName = await nameOf(userId);
  const { announce, changed } = await inCaseTransaction(async (tx) => {
    const changed: { id: string; caseNumber: string; from: string | null }[] = [];
    for (const id of ids) {
      const state = await lockCaseInScope(tx, actor, id);
      if (state.assigneeId === userId) continue;
      await tx.renewalCase.update({ where: { id: state.id }, data: { assigneeId: userId } });
      await recordCaseEvents(tx, actor, [{ caseId: state.id, type: "assigned", title: `Assigned to ${assigneeName}`, detail: note ?? null, data: { from: state.assigneeId, to: userId } }]);
      changed.push({ id: state.id, caseNumber: state.caseNumber, from: state.assigneeId });
    }
    const mine = actor.kind === "user" && actor.userId === userId;
    const { announce } = await createNotifications(
      tx,
      mine || changed.length === 0
        ? []
        : [
            {
              organizationId: actor.organizationId,
              userId,
              type: "renewal_case_assigned",
              title: changed.length === 1 ? `Renewal case ${changed[0]!.caseNumber} assigned to you` : `${changed.length} renewal cases assigned to you`,
              message: note ?? "Open the renewals worklist to work them.",
              priority: "medium" as const,
              actionUrl: changed.length === 1 ? `/renewals/cases/${changed[0]!.id}` : "/renewals",
              data: { caseIds: changed.map((item) => item.id) },
            },
          ],
    );
    return { announce, changed };
  });
  await announce();
  await publishCaseChanges(
    actor.organizationId,
    changed.map((item) => ({ id: item.id, change: "assigned" as const, alsoTo: [item.from] })),
  );
  return { assigned: changed.length, ids: changed.map((item) => item.id) };
}

export async function assignCase({ actor, id, userId, note }: { actor: Actor; id: string; userId: string; note?: string | undefined }) {
  await assignCases({ actor, ids: [id], userId, note });
  return getCase({ actor, id });
}

export async function escalateCase({ actor, id, toUserId, reason, priority }: { actor: Actor; id: string; toUserId?: string | undefined; reason: string; priority?: Priority | undefined }) {
  const to = toUserId ? await db.user.findFirst({ where: { id: requireId(toUserId, "toUserId"), organizationId: actor.organizationId, status: "active" }, select: { id: true, name: true, role: true } }) : null;
  if (toUserId && !to) throw fieldError("toUserId", "No active user with this id in the organization");
  const { announce, caseId } = await inCaseTransaction(async (tx) => {
    const state = await lockCaseInScope(tx, actor, id);
    const newPriority = priority ?? (state.priority === "urgent" ? "urgent" : state.priority === "high" ? "urgent" : "high");
    const now = new Date();
    await tx.renewalCase.update({ where: { id: state.id }, data: { escalatedToId: to?.id ?? null, escalationReason: reason, escalatedAt: now, priority: newPriority, priorityRank: priorityRank[newPriority], ...(state.status === "new" ? { status: "pending_action" } : {}) } });
    await recordCaseEvents(tx, actor, [{ caseId: state.id, type: "escalated", title: to ? `Escalated to ${to.name}` : "Escalated", detail: reason, data: { to: to?.id ?? null, priority: newPriority, from: state.priority } }], now);
    const notified = await createNotifications(
      tx,
      to && !(actor.kind === "user" && actor.userId === to.id)
        ? [
            {
              organizationId: actor.organizationId,
              userId: to.id,
              type: "renewal_case_escalated",
              title: `Renewal case ${state.caseNumber} escalated to you`,
              message: reason,
              priority: newPriority === "urgent" ? ("urgent" as const) : ("high" as const),
              actionUrl: `/renewals/cases/${state.id}`,
              data: { caseId: state.id },
            },
          ]
        : [],
    );
    return { ...notified, caseId: state.id };
  });
  await announce();
  await publishCaseChanges(actor.organizationId, [{ id: caseId, change: "escalated" }]);
  return getCase({ actor, id });
}
