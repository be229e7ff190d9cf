import { db, type Prisma, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { readKeysetList, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";
import { canWriteKnowledge } from "../knowledge/knowledge-resources";

// Training modules, read in the order of their position. Like the knowledge hub, everyone reads
// published modules; writers (knowledge:write) also see drafts and archived ones, and move a
// module through draft → published → archived with update({ status }).

export const trainingListSelect = {
  id: true,
  title: true,
  description: true,
  category: true,
  durationMinutes: true,
  position: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.TrainingModuleSelect;

const trainingSelect = { ...trainingListSelect, content: true } as const satisfies Prisma.TrainingModuleSelect;

function visibleTo(actor: Actor): Prisma.TrainingModuleWhereInput {
  return canWriteKnowledge(actor) ? organizationScope(actor) : { ...organizationScope(actor), status: "published" };
}

const byPosition: KeysetSort = { field: "position", direction: "asc", kind: "number" };

export interface ListTrainingInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  category?: string;
  status?: PublicationStatus;
}

export async function listTrainingModules({ actor, cursor, limit, search, category, status }: ListTrainingInput) {
  const filters: Prisma.TrainingModuleWhereInput[] = [];
  if (category) filters.push({ category: { equals: category, mode: "insensitive" } });
  if (status) filters.push({ status });
  if (search) {
    const insensitive = containsText(search);
    filters.push({ OR: [{ title: insensitive }, { description: insensitive }] });
  }
  const where = within(visibleTo(actor), { AND: filters });
  return readKeysetList({
    where,
    sort: byPosition,
    cursor,
    limit,
    search,
    findMany: (args) => db.trainingModule.findMany({ ...args, select: trainingListSelect }),
    count: (args) => db.trainingModule.count(args),
    valueOf: (row) => row.position,
  });
}

export async function getTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  const trainingModule = await db.trainingModule.findFirst({ where: within(visibleTo(actor), { id: requireId(id) }), select: trainingSelect });
  if (!trainingModule) throw notFound("Training module");
  return trainingModule;
}

export interface TrainingFields {
  title: string;
  description?: string | null;
  content: string;
  category?: string | null;
  durationMinutes?: number | null;
  position?: number;
  status?: PublicationStatus;
}

/** Without a position, the module goes after the last one. */
export async function createTrainingModule({ actor, ...fields }: { actor: Actor } & TrainingFields) {
  const position =
    fields.position ??
    ((await db.trainingModule.aggregate({ where: organizationScope(actor), _max: { position: true } }))._max.position ?? 0) + 1;
  return db.trainingModule.create({
    data: {
      organizationId: actor.organizationId,
      authorId: actor.kind === "user" ? actor.userId : null,
      title: fields.title,
      description: fields.description ?? null,
      content: fields.content,
      category: fields.category ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      position,
      status: fields.status ?? "draft",
    },
    select: trainingSelect,
  });
}

async function findWritable(actor: Actor, id: string) {
  const trainingModule = await db.trainingModule.findFirst({ where: { id: requireId(id), ...organizationScope(actor) }, select: { id: true } });
  if (!trainingModule) throw notFound("Training module");
  return trainingModule;
}

export async function updateTrainingModule({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<TrainingFields>) {
  const trainingModule = await findWritable(actor, id);
  return db.trainingModule.update({
    where: { id: trainingModule.id },
    data: {
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.description !== undefined ? { description: fields.description } : {}),
      ...(fields.content !== undefined ? { content: fields.content } : {}),
      ...(fields.category !== undefined ? { category: fields.category } : {}),
      ...(fields.durationMinutes !== undefined ? { durationMinutes: fields.durationMinutes } : {}),
      ...(fields.position !== undefined ? { position: fields.position } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
    },
    select: trainingSelect,
  });
}

export async function deleteTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  const trainingModule = await findWritable(actor, id);
  await db.trainingModule.delete({ where: { id: trainingModule.id } });
  return { id: trainingModule.id };
}
