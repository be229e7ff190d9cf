import { auditedTransaction } from "../../audit";
import { db, type PublicationStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { changedFields, newDocumentData } from "../documents/document-fields";
import { writableDocument, writeDocument } from "../documents/find-document";
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
      ...newDocumentData(actor, fields),
      description: fields.description ?? null,
      durationMinutes: fields.durationMinutes ?? null,
      position,
      status: fields.status ?? "draft",
    },
    select: trainingSelect,
  }));
}

const writable = (actor: Actor, id: string) => db.trainingModule.findFirst({ where: writableDocument(actor, id), select: { id: true } });

export async function updateTrainingModule({ actor, id, ...fields }: { actor: Actor; id: string } & Partial<TrainingFields>) {
  return writeDocument(writable(actor, id), "Training module", (tx, found) => tx.trainingModule.update({ where: { id: found }, data: changedFields(fields), select: trainingSelect }));
}

export async function deleteTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  return writeDocument(writable(actor, id), "Training module", async (tx, found) => {
    await tx.trainingModule.delete({ where: { id: found } });
    return { id: found };
  });
}
