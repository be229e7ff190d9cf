import { db, type Prisma, type PublicationStatus } from "@harbor/db";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { documentFilters } from "../documents/document-fields";
import { within } from "../../../access/organization-scope";
import { newestFirst, type ListPageInput, readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { knowledgeListSelect } from "./knowledge-select";

export interface ListKnowledgeInput extends ListPageInput {
  category?: string;
  tag?: string;
  status?: PublicationStatus;
}

/** Newest first; `search` matches title, summary and tags (use searchKnowledge for ranked full text). */
export async function listKnowledgeResources({ actor, cursor, limit, search, category, tag, status }: ListKnowledgeInput) {
  const filters: Prisma.KnowledgeResourceWhereInput[] = [
    ...documentFilters({ category, status, search }, (term): Prisma.KnowledgeResourceWhereInput[] => [
      { title: containsText(term) },
      { summary: containsText(term) },
      { tags: { has: term.toLowerCase() } },
    ]),
    ...(tag ? [{ tags: { has: tag } }] : []),
  ];
  const where = within(publishedDocumentScope(actor), { AND: filters });
  return readModelList({ model: db.knowledgeResource, select: knowledgeListSelect, where, sort: newestFirst("updatedAt"), cursor, limit, search });
}
