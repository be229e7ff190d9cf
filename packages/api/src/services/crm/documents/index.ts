export { changedFields, documentAuthorId, documentFilters, type DocumentFilterInput } from "./document-fields";
