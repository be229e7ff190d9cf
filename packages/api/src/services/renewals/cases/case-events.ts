import { db } from "@harbor/db";
import { publish, type RecordChange } from "../../../realtime";

// Case changes go live (call after the change commits): `renewal_case:updated` carries the case's
// id, the kind of change, its number and status to the people working it — the assignee, the
// person it was escalated to, and whoever else is named (a previous assignee) — as far as they may
// still see it; the organization's channel gets the signal alone ({ entityType, id, change }). The
// open case page and the worklist refetch through their scoped procedures.

export interface CaseChange {
  id: string;
  change: RecordChange;
  /** Others concerned, such as the assignee the case was taken from (dropped unless they still see it). */
  alsoTo?: (string | null)[];
}

export async function publishCaseChanges(organizationId: string, changes: CaseChange[]) {
  if (changes.length === 0) return;
  const cases = await db.renewalCase.findMany({
    where: { organizationId, id: { in: changes.map((item) => item.id) } },
    select: { id: true, caseNumber: true, status: true, assigneeId: true, escalatedToId: true },
  });
  const byId = new Map(cases.map((item) => [item.id, item]));
  await publish(
    changes.flatMap(({ id, change, alsoTo = [] }) => {
      const item = byId.get(id);
      if (!item) return [];
      const userIds = [...new Set([item.assigneeId, item.escalatedToId, ...alsoTo].filter((userId): userId is string => Boolean(userId)))];
      return [{ name: "renewal_case:updated" as const, organizationId, userIds, data: { id, change, caseNumber: item.caseNumber, status: item.status } }];
    }),
  );
}

/** Many cases at once (opened by the daily job, applied from a renewal file): the signal alone, without an id. */
export function publishCasesChanged(organizationId: string, change: "created" | "imported" | "closed") {
  return publish({ name: "renewal_case:updated", organizationId, data: { change } });
}
