import { auditedTransaction } from "../../audit";
import { db, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { changedFields, newDocumentData } from "../documents/document-fields";
import { writableDocument, writeDocument } from "../documents/find-document";
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

const writable = (actor: Actor, id: string) => db.knowledgeResource.findFirst({ where: writableDocument(actor, id), select: { id: true } });

export async function updateKnowledgeResource({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<KnowledgeFields>) {
  return writeDocument(writable(actor, id), "Knowledge resource", (tx, found) =>
    tx.knowledgeResource.update({ where: { id: found }, data: changedFields({ ...fields, tags: fields.tags && normalizeTags(fields.tags) }), select: knowledgeSelect }),
  );
}

export async function deleteKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  return writeDocument(writable(actor, id), "Knowledge resource", async (tx, found) => {
    await tx.knowledgeResource.delete({ where: { id: found } });
    return { id: found };
  });
}
