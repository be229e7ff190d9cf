export {
  canWriteKnowledge,
  createKnowledgeResource,
  deleteKnowledgeResource,
  getKnowledgeResource,
  listKnowledgeResources,
  updateKnowledgeResource,
  type KnowledgeFields,
} from "./knowledge-resources";
export { searchKnowledge, type KnowledgeSearchHit } from "./search-knowledge";
