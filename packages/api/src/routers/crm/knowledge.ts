import {
  createKnowledgeResource,
  deleteKnowledgeResource,
  getKnowledgeResource,
  listKnowledgeResources,
  searchKnowledge,
  updateKnowledgeResource,
} from "../../services/crm/knowledge";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import {
  createKnowledgeInput,
  knowledgeIdInput,
  knowledgeOutput,
  listKnowledgeInput,
  listKnowledgeOutput,
  searchKnowledgeInput,
  searchKnowledgeOutput,
  updateKnowledgeInput,
} from "./knowledge.schema";

// The knowledge hub. Everyone reads published resources; knowledge:write (admin, manager) writes
// them and also sees drafts and archived ones.

const readKnowledge = requirePermission("crm:read");
const writeKnowledge = requirePermission("knowledge:write", { auditEntity: "knowledge_resource" });

export const knowledgeRouter = createTRPCRouter({
  list: readKnowledge
    .input(listKnowledgeInput)
    .output(listKnowledgeOutput)
    .query(({ ctx, input }) => listKnowledgeResources({ actor: ctx.actor, ...input })),

  get: readKnowledge
    .input(knowledgeIdInput)
    .output(knowledgeOutput)
    .query(({ ctx, input }) => getKnowledgeResource({ actor: ctx.actor, id: input.id })),

  /** Ranked full-text search over published resources, with highlighted snippets. */
  search: readKnowledge
    .input(searchKnowledgeInput)
    .output(searchKnowledgeOutput)
    .query(async ({ ctx, input }) => ({ items: await searchKnowledge({ actor: ctx.actor, q: input.q, limit: input.limit }) })),

  create: writeKnowledge
    .input(createKnowledgeInput)
    .output(knowledgeOutput)
    .mutation(({ ctx, input }) => createKnowledgeResource({ actor: ctx.actor, ...input })),

  update: writeKnowledge
    .input(updateKnowledgeInput)
    .output(knowledgeOutput)
    .mutation(({ ctx, input }) => updateKnowledgeResource({ actor: ctx.actor, ...input })),

  delete: writeKnowledge
    .input(knowledgeIdInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deleteKnowledgeResource({ actor: ctx.actor, id: input.id })),
});
