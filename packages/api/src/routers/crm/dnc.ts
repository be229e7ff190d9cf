import { addDncEntry, listDncEntries, removeDncEntry } from "../../services/crm/dnc";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { addDncInput, dncEntryOutput, listDncInput, listDncOutput, removeDncInput } from "./dnc.schema";

const manageDnc = requirePermission("dnc:manage", { auditEntity: "dnc_entry" });

export const dncRouter = createTRPCRouter({
  list: requirePermission("crm:read").input(listDncInput).output(listDncOutput).query(serve(listDncEntries)),

  add: manageDnc.input(addDncInput).output(dncEntryOutput).mutation(serve(addDncEntry)),

  /** Lifting consent's block is for managers and admins only (dnc:remove); the removal is audited. */
  remove: requirePermission("dnc:remove", { auditEntity: "dnc_entry" }).input(removeDncInput).output(dncEntryOutput).mutation(serve(removeDncEntry)),
});
