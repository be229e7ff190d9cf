import { db, type RenewalBatchStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { batchSelect, summarizeBatch } from "./batch-summary";

export async function batchStatus({ actor, id }: { actor: Actor; id: string }) {
  const { organizationId } = organizationScope(actor);
  const batch = await db.renewalBatch.findFirst({ where: { organizationId, id: requireId(id) }, select: batchSelect });
  if (!batch) throw notFound("Renewal batch");
  return summarizeBatch(batch);
}

export async function listBatches({ actor, cursor, limit, search, status }: { actor: Actor; cursor?: string | undefined; limit: number; search?: string | undefined; status?: RenewalBatchStatus | undefined }) {
  const { organizationId } = organizationScope(actor);
  return readKeysetList({
    where: { organizationId, ...(status ? { status } : {}), ...(search ? { filename: containsText(search) } : {}) },
    sort: { field: "createdAt", direction: "desc", kind: "date" },
    cursor,
    limit,
    search,
    findMany: (args) => db.renewalBatch.findMany({ ...args, select: batchSelect }),
    count: (args) => db.renewalBatch.count(args),
    valueOf: (row) => row.createdAt,
  });
}
