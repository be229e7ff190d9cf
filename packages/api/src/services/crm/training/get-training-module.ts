import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { foundDocument, readableDocument } from "../documents/find-document";
import { trainingSelect } from "./training-select";

export async function getTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  return foundDocument(db.trainingModule.findFirst({ where: readableDocument(actor, id), select: trainingSelect }), "Training module");
}
