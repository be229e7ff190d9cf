import { createHash, randomUUID } from "node:crypto";
import { db } from "@harbor/db";
import type { Actor, UserActor } from "../../access/actor";
import { organizationScope, requireId, within } from "../../access/organization-scope";
import { attachedRecordInScope, type AttachableEntityType } from "../../access/scopes/file-scope";
import { notFound } from "../../errors";
import { apiEnv } from "../../env";
import { assertAllowedFile, cleanFilename, decodeFileContent } from "./file-rules";
import { fileSelect, toFile } from "./file-select";
import { fileStore } from "./file-store";

// Attaching and removing files. The linked record must be within the actor's reach (NOT_FOUND
// otherwise, as for the record itself); the bytes are written before the row and removed after
// it, so a row never names missing bytes (a failed insert removes what it wrote).

/** The record a file is (to be) attached to, out of reach or missing. */
export const attachedRecordNotFound = (entityType: string) => notFound(entityType[0]!.toUpperCase() + entityType.slice(1));

export interface UploadFileInput {
  actor: UserActor;
  entityType: AttachableEntityType;
  entityId: string;
  filename: string;
  contentType: string;
  /** The file's bytes in base64. */
  content: string;
}

export async function uploadFile({ actor, entityType, entityId, filename, contentType, content }: UploadFileInput) {
  if (!(await attachedRecordInScope(actor, entityType, entityId))) throw attachedRecordNotFound(entityType);
  const name = cleanFilename(filename);
  const bytes = decodeFileContent(content, apiEnv().FILES_MAX_BYTES);
  const type = assertAllowedFile(name, contentType, bytes);
  const storageKey = `${actor.organizationId}/${randomUUID()}`;
  const store = fileStore();
  await store.put(storageKey, bytes);
  try {
    const file = await db.storedFile.create({
      data: {
        organizationId: actor.organizationId,
        entityType,
        entityId,
        filename: name,
        contentType: type,
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
        uploadedById: actor.userId,
      },
      select: fileSelect,
    });
    return toFile(file);
  } catch (error) {
    await store.delete(storageKey);
    throw error;
  }
}

/** The file with what reading it needs, when its record is within reach; NOT_FOUND otherwise. */
export async function findFileInScope(actor: Actor, id: string) {
  const file = await db.storedFile.findFirst({
    where: within(organizationScope(actor), { id: requireId(id) }),
    select: { ...fileSelect, storageKey: true },
  });
  if (!file || !(await attachedRecordInScope(actor, file.entityType, file.entityId))) throw notFound("File");
  return file;
}

export async function deleteFile({ actor, id }: { actor: UserActor; id: string }) {
  const file = await findFileInScope(actor, id);
  await db.storedFile.delete({ where: { id: file.id } });
  await fileStore().delete(file.storageKey);
  return { id: file.id };
}
