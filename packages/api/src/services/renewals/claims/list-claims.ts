import { db, type ClaimStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { claimScope } from "../../../access/scopes/claim-scope";
import { readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { claimSelect, toClaim } from "./claim-select";

export interface ListClaimsInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  /** Claim number, policy number, claim type or the customer's name. */
  search?: string;
  status?: ClaimStatus;
  policyId?: string;
  contactId?: string;
  claimType?: string;
  incidentFrom?: Date;
  incidentTo?: Date;
}

export async function listClaims({ actor, cursor, limit, search, status, policyId, contactId, claimType, incidentFrom, incidentTo }: ListClaimsInput) {
  const filters: Prisma.ClaimWhereInput[] = [];
  if (status) filters.push({ status });
  if (policyId) filters.push({ policyId });
  if (contactId) filters.push({ policy: { is: { contactId } } });
  if (claimType) filters.push({ claimType: { equals: claimType, mode: "insensitive" } });
  if (incidentFrom || incidentTo) filters.push({ incidentDate: { ...(incidentFrom ? { gte: incidentFrom } : {}), ...(incidentTo ? { lte: incidentTo } : {}) } });
  if (search) {
    filters.push({
      OR: [
        { claimNumber: containsText(search) },
        { claimType: containsText(search) },
        { policy: { is: { policyNumber: containsText(search) } } },
        { policy: { is: { contact: { is: { name: containsText(search) } } } } },
      ],
    });
  }
  // Newest first, served by (organization_id, created_at, id) and, filtered by status (a board
  // column), by (organization_id, status, created_at, id).
  const { items, ...page } = await readModelList({ model: db.claim, select: claimSelect, where: within(claimScope(actor), { AND: filters }), cursor, limit, search });
  return { items: items.map(toClaim), ...page };
}
