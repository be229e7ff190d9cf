import { db, type PolicyStatus, type Prisma } from "@harbor/db";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText } from "../../text-search";
import { listedScore } from "../record-scores";
import { policySelect, toPolicy } from "./policy-select";
import { policyScope } from "../../../access/scopes/policy-scope";

export interface ListPoliciesInput extends ListPageInput {
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
  const { items, ...page } = await readKeysetList({
    where,
    sort: sortKey,
    cursor,
    limit,
    search,
    findMany: (args) => db.policy.findMany({ ...args, select: { ...policySelect, renewalRisk: true, contact: { select: { id: true, name: true } } } }),
    count: (args) => db.policy.count(args),
    valueOf: (row) => row.renewalDate,
  });
  return { items: items.map(({ renewalRisk, ...policy }) => ({ ...toPolicy(policy), scores: { renewalRisk: renewalRisk === null ? null : listedScore("renewalRisk", renewalRisk) } })), ...page };
}
