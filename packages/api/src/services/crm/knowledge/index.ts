export { getKnowledgeResource } from "./get-knowledge-resource";
export { knowledgeListSelect, knowledgeSelect } from "./knowledge-select";
export { listKnowledgeResources, type ListKnowledgeInput } from "./list-knowledge-resources";
export { searchKnowledge, type KnowledgeSearchHit } from "./search-knowledge";
export { createKnowledgeResource, deleteKnowledgeResource, updateKnowledgeResource, type KnowledgeFields } from "./write-knowledge-resource";
