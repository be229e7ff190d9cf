import { db, type JobRunStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/record-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, listTotal, totalCap, totalCountArgs, type KeysetSort } from "../pagination";

export interface ListJobRunsInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  functionId?: string;
  status?: JobRunStatus;
}

const sortKey: KeysetSort = { field: "startedAt", direction: "desc", kind: "date" };

export const jobRunSelect = {
  id: true,
  functionId: true,
  engine: true,
  status: true,
  attempt: true,
  result: true,
  error: true,
  triggeredById: true,
  startedAt: true,
  finishedAt: true,
} satisfies Prisma.JobRunSelect;

/**
 * The organization's job runs, newest first. Cron fan-outs, which belong to no organization, are
 * not listed: each organization sees the runs that did its work.
 */
export async function listJobRuns({ actor, cursor, limit, functionId, status }: ListJobRunsInput) {
  const where: Prisma.JobRunWhereInput = within(organizationScope(actor), {
    ...(functionId ? { functionId } : {}),
    ...(status ? { status } : {}),
  });
  const page: Prisma.JobRunWhereInput = cursor ? { AND: [where, afterKeyset(sortKey, decodeKeysetCursor(cursor, sortKey.kind))] } : where;
  const [rows, counted] = await Promise.all([
    db.jobRun.findMany({ where: page, select: jobRunSelect, orderBy: keysetOrderBy(sortKey), take: limit + 1 }),
    cursor ? null : db.jobRun.count(totalCountArgs(where, keysetOrderBy(sortKey), totalCap(undefined, limit))),
  ]);
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row.startedAt);
  return { items, nextCursor, ...listTotal(counted, totalCap(undefined, limit)) };
}
