import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { attachedRecordInScope, type AttachableEntityType } from "../../access/scopes/file-scope";
import { readKeysetList, type KeysetSort } from "../pagination";
import { fileSelect, toFile } from "./file-select";
import { attachedRecordNotFound } from "./write-file";

// Newest first, served by (organization_id, entity_type, entity_id, created_at).
const sortKey: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

export interface ListFilesInput {
  actor: Actor;
  entityType: AttachableEntityType;
  entityId: string;
  cursor?: string;
  limit: number;
}

export async function listFiles({ actor, entityType, entityId, cursor, limit }: ListFilesInput) {
  if (!(await attachedRecordInScope(actor, entityType, entityId))) throw attachedRecordNotFound(entityType);
  const { items, ...page } = await readKeysetList({
    where: within(organizationScope(actor), { entityType, entityId }),
    sort: sortKey,
    cursor,
    limit,
    findMany: (args) => db.storedFile.findMany({ ...args, select: fileSelect }),
    count: (args) => db.storedFile.count(args),
    valueOf: (row) => row.createdAt,
  });
  return { items: items.map(toFile), ...page };
}
