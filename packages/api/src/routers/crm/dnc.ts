import { addDncEntry, listDncEntries, removeDncEntry } from "../../services/crm/dnc";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { addDncInput, dncEntryOutput, listDncInput, listDncOutput, removeDncInput } from "./dnc.schema";

const manageDnc = requirePermission("dnc:manage", { auditEntity: "dnc_entry" });

export const dncRouter = createTRPCRouter({
  list: requirePermission("crm:read")
    .input(listDncInput)
    .output(listDncOutput)
    .query(({ ctx, input }) => listDncEntries({ actor: ctx.actor, ...input })),

  add: manageDnc
    .input(addDncInput)
    .output(dncEntryOutput)
    .mutation(({ ctx, input }) => addDncEntry({ actor: ctx.actor, ...input })),

  remove: manageDnc
    .input(removeDncInput)
    .output(dncEntryOutput)
    .mutation(({ ctx, input }) => removeDncEntry({ actor: ctx.actor, id: input.id })),
});
