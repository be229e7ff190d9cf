import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { reachOf } from "./reach";

// Lead imports (history, status, undo): who uploaded one decides who reaches it — the importer,
// their manager (the uploader on the manager's team), the organization's admins and the system.
// The reach of reachOf, applied to the uploader.

export function leadImportScope(actor: Actor): Prisma.LeadImportWhereInput {
  const reach = reachOf(actor);
  switch (reach.kind) {
    case "organization":
      return { organizationId: reach.organizationId };
    case "team":
      return { organizationId: reach.organizationId, OR: [{ uploadedById: reach.userId }, { uploadedBy: { is: { teamId: reach.teamId } } }] };
    case "self":
      return { organizationId: reach.organizationId, uploadedById: reach.userId };
  }
}
