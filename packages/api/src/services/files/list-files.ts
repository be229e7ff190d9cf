import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { attachedRecordInScope, type AttachableEntityType } from "../../access/scopes/file-scope";
import { readModelList } from "../pagination";
import { fileSelect, toFile } from "./file-select";
import { attachedRecordNotFound } from "./write-file";

export interface ListFilesInput {
  actor: Actor;
  entityType: AttachableEntityType;
  entityId: string;
  cursor?: string;
  limit: number;
}

export async function listFiles({ actor, entityType, entityId, cursor, limit }: ListFilesInput) {
  if (!(await attachedRecordInScope(actor, entityType, entityId))) throw attachedRecordNotFound(entityType);
  // Newest first, served by (organization_id, entity_type, entity_id, created_at).
  const { items, ...page } = await readModelList({ model: db.storedFile, select: fileSelect, where: within(organizationScope(actor), { entityType, entityId }), cursor, limit });
  return { items: items.map(toFile), ...page };
}
