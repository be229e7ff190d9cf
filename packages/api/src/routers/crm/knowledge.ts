import {
  createKnowledgeResource,
  deleteKnowledgeResource,
  getKnowledgeResource,
  listKnowledgeResources,
  searchKnowledge,
  updateKnowledgeResource,
} from "../../services/crm/knowledge";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
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
  list: readKnowledge.input(listKnowledgeInput).output(listKnowledgeOutput).query(serve(listKnowledgeResources)),

  get: readKnowledge.input(knowledgeIdInput).output(knowledgeOutput).query(serve(getKnowledgeResource)),

  /** Ranked full-text search over published resources, with highlighted snippets. */
  search: readKnowledge
    .input(searchKnowledgeInput)
    .output(searchKnowledgeOutput)
    .query(async ({ ctx, input }) => ({ items: await searchKnowledge({ actor: ctx.actor, q: input.q, limit: input.limit }) })),

  create: writeKnowledge.input(createKnowledgeInput).output(knowledgeOutput).mutation(serve(createKnowledgeResource)),

  update: writeKnowledge.input(updateKnowledgeInput).output(knowledgeOutput).mutation(serve(updateKnowledgeResource)),

  delete: writeKnowledge.input(knowledgeIdInput).output(deletedOutput).mutation(serve(deleteKnowledgeResource)),
});
