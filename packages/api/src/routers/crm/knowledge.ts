import {
  createKnowledgeResource,
  deleteKnowledgeResource,
  getKnowledgeResource,
  listKnowledgeResources,
  searchKnowledge,
  updateKnowledgeResource,
} from "../../services/crm/knowledge";
import { createTRPCRouter, serve } from "../../trpc";
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
import { documentProcedures } from "./documents";

// The knowledge hub's resources, read and written as documents (documentProcedures).

const { read, write } = documentProcedures("knowledge_resource");

export const knowledgeRouter = createTRPCRouter({
  list: read.input(listKnowledgeInput).output(listKnowledgeOutput).query(serve(listKnowledgeResources)),

  get: read.input(knowledgeIdInput).output(knowledgeOutput).query(serve(getKnowledgeResource)),

  /** Ranked full-text search over published resources, with highlighted snippets. */
  search: read
    .input(searchKnowledgeInput)
    .output(searchKnowledgeOutput)
    .query(async ({ ctx, input }) => ({ items: await searchKnowledge({ actor: ctx.actor, q: input.q, limit: input.limit }) })),

  create: write.input(createKnowledgeInput).output(knowledgeOutput).mutation(serve(createKnowledgeResource)),

  update: write.input(updateKnowledgeInput).output(knowledgeOutput).mutation(serve(updateKnowledgeResource)),

  delete: write.input(knowledgeIdInput).output(deletedOutput).mutation(serve(deleteKnowledgeResource)),
});
