import { auditedTransaction } from "../../audit";
import { db, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { changedFields, documentAuthorId } from "../documents/document-fields";
import { trainingSelect } from "./training-select";

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
  return auditedTransaction((tx) => tx.trainingModule.create({
    data: {
      organizationId: actor.organizationId,
      authorId: documentAuthorId(actor),
      title: fields.title,
      description: fields.description ?? null,
      content: fields.content,
      category: fields.category ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      position,
      status: fields.status ?? "draft",
    },
    select: trainingSelect,
  }));
}

async function findWritable(actor: Actor, id: string) {
  const trainingModule = await db.trainingModule.findFirst({ where: { id: requireId(id), ...organizationScope(actor) }, select: { id: true } });
  if (!trainingModule) throw notFound("Training module");
  return trainingModule;
}

export async function updateTrainingModule({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<TrainingFields>) {
  const trainingModule = await findWritable(actor, id);
  return auditedTransaction((tx) => tx.trainingModule.update({
    where: { id: trainingModule.id },
    data: changedFields(fields),
    select: trainingSelect,
  }));
}

export async function deleteTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  const trainingModule = await findWritable(actor, id);
  await auditedTransaction((tx) => tx.trainingModule.delete({ where: { id: trainingModule.id } }));
  return { id: trainingModule.id };
}
