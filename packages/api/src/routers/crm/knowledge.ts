import {
  createKnowledgeResource,
  deleteKnowledgeResource,
  getKnowledgeResource,
  listKnowledgeResources,
  searchKnowledge,
  updateKnowledgeResource,
} from "../../services/crm/knowledge";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { createKnowledgeInput, knowledgeIdInput, listKnowledgeInput, searchKnowledgeInput, updateKnowledgeInput } from "./knowledge.schema";

// The knowledge hub. Everyone reads published resources; knowledge:write (admin, manager) writes
// them and also sees drafts and archived ones.

const readKnowledge = requirePermission("crm:read");
const writeKnowledge = requirePermission("knowledge:write").meta({ access: "knowledge:write", auditEntity: "knowledge_resource" });

export const knowledgeRouter = createTRPCRouter({
  list: readKnowledge.input(listKnowledgeInput).query(({ ctx, input }) => listKnowledgeResources({ actor: ctx.actor, ...input })),

  get: readKnowledge.input(knowledgeIdInput).query(({ ctx, input }) => getKnowledgeResource({ actor: ctx.actor, id: input.id })),

  /** Ranked full-text search over published resources, with highlighted snippets. */
  search: readKnowledge
    .input(searchKnowledgeInput)
    .query(async ({ ctx, input }) => ({ items: await searchKnowledge({ actor: ctx.actor, q: input.q, limit: input.limit }) })),

  create: writeKnowledge.input(createKnowledgeInput).mutation(({ ctx, input }) => createKnowledgeResource({ actor: ctx.actor, ...input })),

  update: writeKnowledge.input(updateKnowledgeInput).mutation(({ ctx, input }) => updateKnowledgeResource({ actor: ctx.actor, ...input })),

  delete: writeKnowledge.input(knowledgeIdInput).mutation(({ ctx, input }) => deleteKnowledgeResource({ actor: ctx.actor, id: input.id })),
});
