import { deleteFile, listFiles, uploadFile } from "../services/files";
import { createTRPCRouter, requirePermission, serve } from "../trpc";
import { deletedOutput } from "./shared.schema";
import { fileIdInput, fileOutput, listFilesInput, listFilesOutput, uploadFileInput } from "./files.schema";

// Files attached to a contact, policy, claim or renewal case. A file is reached through its record: whoever may
// see the record lists and downloads (GET /api/files/<id>) its files; whoever may also write
// uploads and deletes them. A record or file outside reach is NOT_FOUND.

export const filesRouter = createTRPCRouter({
  /** Type allow-list and size limit (FILES_MAX_BYTES, 10 MB by default) → { id, url, … }. */
  upload: requirePermission("files:write", { auditEntity: "file" }).input(uploadFileInput).output(fileOutput).mutation(serve(uploadFile)),

  /** The record's files, newest first. */
  list: requirePermission("files:read").input(listFilesInput).output(listFilesOutput).query(serve(listFiles)),

  delete: requirePermission("files:write", { auditEntity: "file" }).input(fileIdInput).output(deletedOutput).mutation(serve(deleteFile)),
});
