import { db, type JobRunStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { newestFirst, readModelList } from "../pagination";

export interface ListJobRunsInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  functionId?: string;
  status?: JobRunStatus;
}

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
  return readModelList({ model: db.jobRun, select: jobRunSelect, where, sort: newestFirst("startedAt"), cursor, limit });
}
