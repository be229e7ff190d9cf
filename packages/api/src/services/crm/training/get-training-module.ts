import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { trainingSelect } from "./training-select";

export async function getTrainingModule({ actor, id }: { actor: Actor; id: string }) {
  const trainingModule = await db.trainingModule.findFirst({ where: within(publishedDocumentScope(actor), { id: requireId(id) }), select: trainingSelect });
  if (!trainingModule) throw notFound("Training module");
  return trainingModule;
}
