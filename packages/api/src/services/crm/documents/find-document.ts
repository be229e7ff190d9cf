import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { notFound } from "../../../errors";
import { auditedTransaction } from "../../audit";
import { summarySelect } from "../../summary-select";

// Finding one knowledge resource or training module: readers find the documents they may read
// (published-document-scope), writers any of their organization's; a missing one is NOT_FOUND
// named for its kind.

export const readableDocument = (actor: Actor, id: string) => within(publishedDocumentScope(actor), { id: requireId(id) });

export const writableDocument = (actor: Actor, id: string) => ({ id: requireId(id), ...organizationScope(actor) });

/** The document the lookup found, or NOT_FOUND ("Training module not found"). */
export async function foundDocument<T>(lookup: Promise<T | null>, kind: string): Promise<T> {
  const document = await lookup;
  if (!document) throw notFound(kind);
  return document;
}

/** Changes a document a writer found (`lookup`, else NOT_FOUND named for its kind) in an audited transaction. */
export async function writeDocument<T>(lookup: Promise<{ id: string } | null>, kind: string, write: (tx: Prisma.TransactionClient, id: string) => Promise<T>): Promise<T> {
  const { id } = await foundDocument(lookup, kind);
  return auditedTransaction((tx) => write(tx, id));
}

/** What every document kind's list shows besides its own fields. */
export const documentListFields = {
  id: true,
  title: true,
  category: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: summarySelect,
} as const;
