import { db, type JobRunStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { readKeysetList, type KeysetSort } from "../pagination";

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
  return readKeysetList({
    where,
    sort: sortKey,
    cursor,
    limit,
    findMany: (args) => db.jobRun.findMany({ ...args, select: jobRunSelect }),
    count: (args) => db.jobRun.count(args),
    valueOf: (row) => row.startedAt,
  });
}
