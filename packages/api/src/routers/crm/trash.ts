import { deleteNote } from "../../services/crm/activities";
import { listTrash, purgeTrash, restoreFromTrash } from "../../services/crm/trash";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import { listTrashInput, listTrashOutput, noteIdInput, purgeTrashInput, purgeTrashOutput, restoredOutput, trashItemInput } from "./trash.schema";

// The trash: deleted leads, contacts, policies, opportunities, tickets and notes, which every other
// read treats as NOT_FOUND (access/scopes/live-record.ts). Whoever may delete sees the trash of
// the records within their reach and restores them within 30 days; admins purge.

export const trashRouter = createTRPCRouter({
  /** Most recently deleted first. */
  list: requirePermission("crm:delete").input(listTrashInput).output(listTrashOutput).query(serve(listTrash)),

  /** Within 30 days of the deletion; a contact comes back with its policies and timeline. */
  restore: requirePermission("crm:delete", { auditEntity: "trash" }).input(trashItemInput).output(restoredOutput).mutation(serve(restoreFromTrash)),

  purge: requirePermission("crm:purge", { auditEntity: "trash" }).input(purgeTrashInput).output(purgeTrashOutput).mutation(serve(purgeTrash)),
});

export const notesRouter = createTRPCRouter({
  /** Moves a note (a timeline entry of type note) to the trash. */
  delete: requirePermission("crm:delete", { auditEntity: "activity" }).input(noteIdInput).output(deletedOutput).mutation(serve(deleteNote)),
});
