import { db, type Prisma, type PublicationStatus } from "@harbor/db";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { documentFilters } from "../documents/document-fields";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { knowledgeListSelect } from "./knowledge-select";

const newestFirst: KeysetSort = { field: "updatedAt", direction: "desc", kind: "date" };

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
  return readKeysetList({
    where,
    sort: newestFirst,
    cursor,
    limit,
    search,
    findMany: (args) => db.knowledgeResource.findMany({ ...args, select: knowledgeListSelect }),
    count: (args) => db.knowledgeResource.count(args),
    valueOf: (row) => row.updatedAt,
  });
}
