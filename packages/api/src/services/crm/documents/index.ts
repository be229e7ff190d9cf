export { changedFields, documentAuthorId, documentFilters, newDocumentData, type DocumentFilterInput } from "./document-fields";
export { documentListFields, foundDocument, readableDocument, writableDocument, writeDocument } from "./find-document";
