import { db, type Prisma, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { hasPermission } from "../../../access/permissions";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { readKeysetList, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";

// The knowledge hub: coverage explainers, scripts, process guides. The whole organization reads
// published resources; those who may write them (knowledge:write) also see drafts and archived
// ones. A draft is NOT_FOUND to everyone else.

export const knowledgeListSelect = {
  id: true,
  title: true,
  summary: true,
  category: true,
  tags: true,
  url: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.KnowledgeResourceSelect;

const knowledgeSelect = { ...knowledgeListSelect, content: true } as const satisfies Prisma.KnowledgeResourceSelect;

export function canWriteKnowledge(actor: Actor): boolean {
  return actor.kind === "system" || hasPermission(actor.role, "knowledge:write");
}

function visibleTo(actor: Actor): Prisma.KnowledgeResourceWhereInput {
  return canWriteKnowledge(actor) ? organizationScope(actor) : { ...organizationScope(actor), status: "published" };
}

const newestFirst: KeysetSort = { field: "updatedAt", direction: "desc", kind: "date" };

export interface ListKnowledgeInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  category?: string;
  tag?: string;
  status?: PublicationStatus;
}

/** Newest first; `search` matches title, summary and tags (use searchKnowledge for ranked full text). */
export async function listKnowledgeResources({ actor, cursor, limit, search, category, tag, status }: ListKnowledgeInput) {
  const filters: Prisma.KnowledgeResourceWhereInput[] = [];
  if (category) filters.push({ category: { equals: category, mode: "insensitive" } });
  if (tag) filters.push({ tags: { has: tag } });
  if (status) filters.push({ status });
  if (search) {
    const insensitive = containsText(search);
    filters.push({ OR: [{ title: insensitive }, { summary: insensitive }, { tags: { has: search.toLowerCase() } }] });
  }
  const where = within(visibleTo(actor), { AND: filters });
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

export async function getKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  const resource = await db.knowledgeResource.findFirst({ where: within(visibleTo(actor), { id: requireId(id) }), select: knowledgeSelect });
  if (!resource) throw notFound("Knowledge resource");
  return resource;
}

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
  return db.knowledgeResource.create({
    data: {
      organizationId: actor.organizationId,
      authorId: actor.kind === "user" ? actor.userId : null,
      title: fields.title,
      summary: fields.summary ?? null,
      content: fields.content,
      category: fields.category ?? null,
      tags: normalizeTags(fields.tags ?? []),
      url: fields.url ?? null,
      status: fields.status ?? "published",
    },
    select: knowledgeSelect,
  });
}

async function findWritable(actor: Actor, id: string) {
  const resource = await db.knowledgeResource.findFirst({ where: { id: requireId(id), ...organizationScope(actor) }, select: { id: true } });
  if (!resource) throw notFound("Knowledge resource");
  return resource;
}

export async function updateKnowledgeResource({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<KnowledgeFields>) {
  const resource = await findWritable(actor, id);
  return db.knowledgeResource.update({
    where: { id: resource.id },
    data: {
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.summary !== undefined ? { summary: fields.summary } : {}),
      ...(fields.content !== undefined ? { content: fields.content } : {}),
      ...(fields.category !== undefined ? { category: fields.category } : {}),
      ...(fields.tags !== undefined ? { tags: normalizeTags(fields.tags) } : {}),
      ...(fields.url !== undefined ? { url: fields.url } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
    },
    select: knowledgeSelect,
  });
}

export async function deleteKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  const resource = await findWritable(actor, id);
  await db.knowledgeResource.delete({ where: { id: resource.id } });
  return { id: resource.id };
}
