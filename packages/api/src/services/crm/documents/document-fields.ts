import type { PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";

// What knowledge resources and training modules share: the same publication lifecycle, category
// filter, author, new-document fields and partial update. Each keeps its own sort and extra fields.

export interface DocumentFilterInput {
  category?: string;
  status?: PublicationStatus;
  search?: string;
}

/** The filters every document list takes; `matches` names what a search term may match in this kind of document. */
export function documentFilters<Match>({ category, status, search }: DocumentFilterInput, matches: (term: string) => Match[]) {
  return [
    ...(category ? [{ category: { equals: category, mode: "insensitive" as const } }] : []),
    ...(status ? [{ status }] : []),
    ...(search ? [{ OR: matches(search) }] : []),
  ];
}

export function documentAuthorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

/** The fields every new document has: its organization, author, title, text and category. */
export function newDocumentData(actor: Actor, fields: { title: string; content: string; category?: string | null }) {
  return { organizationId: actor.organizationId, authorId: documentAuthorId(actor), title: fields.title, content: fields.content, category: fields.category ?? null };
}

/** The fields an update names: an absent field is left as it is, a null one is cleared. */
export function changedFields<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
