import { db, type RenewalBatchStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { batchSelect, summarizeBatch } from "./batch-summary";
import { findBatchInOrganization } from "./find-batch";

export async function batchStatus({ actor, id }: { actor: Actor; id: string }) {
  return summarizeBatch(await findBatchInOrganization(actor, id, batchSelect));
}

export async function listBatches({ actor, cursor, limit, search, status }: { actor: Actor; cursor?: string | undefined; limit: number; search?: string | undefined; status?: RenewalBatchStatus | undefined }) {
  const { organizationId } = organizationScope(actor);
  return readModelList({ model: db.renewalBatch, select: batchSelect, where: { organizationId, ...(status ? { status } : {}), ...(search ? { filename: containsText(search) } : {}) }, cursor, limit, search });
}
