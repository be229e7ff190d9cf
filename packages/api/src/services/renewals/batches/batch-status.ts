import { db, type RenewalBatchStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { batchSelect, summarizeBatch } from "./batch-summary";
import { findBatchInOrganization } from "./find-batch";

export async function batchStatus({ actor, id }: { actor: Actor; id: string }) {
  return summarizeBatch(await findBatchInOrganization(actor, id, batchSelect));
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
