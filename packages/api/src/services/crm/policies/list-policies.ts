import { db, type PolicyStatus, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { afterKeyset, decodeKeysetCursor, keysetOrderBy, keysetPage, listTotal, totalCap, totalCountArgs, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";
import { policySelect, toPolicy } from "./policy-select";
import { policyScope } from "../../../access/scopes/policy-scope";

export interface ListPoliciesInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  contactId?: string;
  status?: PolicyStatus;
  /** Policies renewing on or before this day (renewal worklists). */
  renewalBefore?: Date;
}

// Soonest renewal first; policies without a renewal date last.
const sortKey: KeysetSort = { field: "renewalDate", direction: "asc", kind: "date", nullable: true };

export async function listPolicies({ actor, cursor, limit, search, contactId, status, renewalBefore }: ListPoliciesInput) {
  const filters: Prisma.PolicyWhereInput = {
    ...(contactId ? { contactId } : {}),
    ...(status ? { status } : {}),
    ...(renewalBefore ? { renewalDate: { lte: renewalBefore } } : {}),
    ...(search
      ? {
          OR: [
            { policyNumber: containsText(search) },
            { carrier: containsText(search) },
            { contact: { is: { name: containsText(search) } } },
          ],
        }
      : {}),
  };
  const where: Prisma.PolicyWhereInput = within(policyScope(actor), filters);
  const page: Prisma.PolicyWhereInput = cursor ? { AND: [where, afterKeyset(sortKey, decodeKeysetCursor(cursor, sortKey.kind))] } : where;
  const [rows, counted] = await Promise.all([
    db.policy.findMany({
      where: page,
      select: { ...policySelect, contact: { select: { id: true, name: true } } },
      orderBy: keysetOrderBy(sortKey),
      take: limit + 1,
    }),
    cursor ? null : db.policy.count(totalCountArgs(where, keysetOrderBy(sortKey), totalCap(search, limit))),
  ]);
  const { items, nextCursor } = keysetPage(rows, limit, (row) => row.renewalDate);
  return { items: items.map(toPolicy), nextCursor, ...listTotal(counted, totalCap(search, limit)) };
}
