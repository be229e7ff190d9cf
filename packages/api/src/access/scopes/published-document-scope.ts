import type { PublicationStatus } from "@harbor/db";
import type { Actor } from "../actor";
import { hasPermission } from "../permissions";
import { organizationScope } from "../organization-scope";

// Published documents (knowledge resources, training modules): the whole organization reads the
// published ones; those who may write them (knowledge:write, and the system) also see drafts and
// archived ones. A draft is NOT_FOUND to everyone else.

export function canWriteDocuments(actor: Actor): boolean {
  return actor.kind === "system" || hasPermission(actor.role, "knowledge:write");
}

export function publishedDocumentScope(actor: Actor): { organizationId: string; status?: PublicationStatus } {
  const scope = organizationScope(actor);
  return canWriteDocuments(actor) ? scope : { ...scope, status: "published" };
}
