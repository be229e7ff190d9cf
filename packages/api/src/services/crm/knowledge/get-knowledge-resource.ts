import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { foundDocument, readableDocument } from "../documents/find-document";
import { knowledgeSelect } from "./knowledge-select";

export async function getKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  return foundDocument(db.knowledgeResource.findFirst({ where: readableDocument(actor, id), select: knowledgeSelect }), "Knowledge resource");
}
