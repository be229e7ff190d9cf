import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { recordAudit } from "../audit";
import { fileStore } from "./file-store";
import { findFileInScope } from "./write-file";

/** A file's bytes for download by someone who may see its record (NOT_FOUND otherwise); audited. */
export async function readFileForDownload({ actor, id }: { actor: UserActor; id: string }) {
  const file = await findFileInScope(actor, id);
  const bytes = await fileStore().get(file.storageKey);
  await recordAudit(db, { actor, action: "files.download", entityType: "file", entityId: file.id, changes: { entityType: file.entityType, entityId: file.entityId } });
  return { filename: file.filename, contentType: file.contentType, bytes };
}
