import { auditedTransaction } from "../../audit";
import { db, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { changedFields, newDocumentData } from "../documents/document-fields";
import { foundDocument, writableDocument } from "../documents/find-document";
import { knowledgeSelect } from "./knowledge-select";

export interface KnowledgeFields {
  title: string;
  summary?: string | null;
  content: string;
  category?: string | null;
  tags?: string[];
  url?: string | null;
  status?: PublicationStatus;
}

const normalizeTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

export async function createKnowledgeResource({ actor, ...fields }: { actor: Actor } & KnowledgeFields) {
  return auditedTransaction((tx) => tx.knowledgeResource.create({
    data: {
      ...newDocumentData(actor, fields),
      summary: fields.summary ?? null,
      tags: normalizeTags(fields.tags ?? []),
      url: fields.url ?? null,
      status: fields.status ?? "published",
    },
    select: knowledgeSelect,
  }));
}

const findWritable = (actor: Actor, id: string) =>
  foundDocument(db.knowledgeResource.findFirst({ where: writableDocument(actor, id), select: { id: true } }), "Knowledge resource");

export async function updateKnowledgeResource({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<KnowledgeFields>) {
  const resource = await findWritable(actor, id);
  return auditedTransaction((tx) => tx.knowledgeResource.update({
    where: { id: resource.id },
    data: changedFields({ ...fields, tags: fields.tags && normalizeTags(fields.tags) }),
    select: knowledgeSelect,
  }));
}

export async function deleteKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  const resource = await findWritable(actor, id);
  await auditedTransaction((tx) => tx.knowledgeResource.delete({ where: { id: resource.id } }));
  return { id: resource.id };
}
