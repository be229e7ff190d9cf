import { auditedTransaction } from "../../audit";
import { db, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { changedFields, documentAuthorId } from "../documents/document-fields";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
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
      organizationId: actor.organizationId,
      authorId: documentAuthorId(actor),
      title: fields.title,
      summary: fields.summary ?? null,
      content: fields.content,
      category: fields.category ?? null,
      tags: normalizeTags(fields.tags ?? []),
      url: fields.url ?? null,
      status: fields.status ?? "published",
    },
    select: knowledgeSelect,
  }));
}

async function findWritable(actor: Actor, id: string) {
  const resource = await db.knowledgeResource.findFirst({ where: { id: requireId(id), ...organizationScope(actor) }, select: { id: true } });
  if (!resource) throw notFound("Knowledge resource");
  return resource;
}

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
