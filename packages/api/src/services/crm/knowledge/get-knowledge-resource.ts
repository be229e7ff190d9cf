import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { publishedDocumentScope } from "../../../access/scopes/published-document-scope";
import { requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { knowledgeSelect } from "./knowledge-select";

export async function getKnowledgeResource({ actor, id }: { actor: Actor; id: string }) {
  const resource = await db.knowledgeResource.findFirst({ where: within(publishedDocumentScope(actor), { id: requireId(id) }), select: knowledgeSelect });
  if (!resource) throw notFound("Knowledge resource");
  return resource;
}
