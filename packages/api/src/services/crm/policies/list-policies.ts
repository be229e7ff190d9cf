import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { policyScope } from "../../../access/scopes/policy-scope";
import { readKeysetList, type KeysetSort, type SortDirection } from "../../pagination";
import { listedScore } from "../record-scores";
import { policyFilterWhere, type PolicyFilters } from "./policy-filters";
import { policySelect, toPolicy } from "./policy-select";

export const policySorts = ["renewalDate", "premium", "policyNumber", "createdAt"] as const;
export type PolicySort = (typeof policySorts)[number];

// Soonest renewal first (undated last), largest premium first, numbers A–Z, newest first.
const sortKeys: Record<PolicySort, KeysetSort> = {
  renewalDate: { field: "renewalDate", direction: "asc", kind: "date", nullable: true },
  premium: { field: "premium", direction: "desc", kind: "decimal" },
  policyNumber: { field: "policyNumber", direction: "asc", kind: "string" },
  createdAt: { field: "createdAt", direction: "desc", kind: "date" },
};

export interface ListPoliciesInput extends PolicyFilters {
  actor: Actor;
  cursor?: string;
  limit: number;
  sort?: PolicySort;
  order?: SortDirection;
}

export function policiesWhere(actor: Actor, filters: PolicyFilters): Prisma.PolicyWhereInput {
  return within(policyScope(actor), policyFilterWhere(filters));
}

export async function listPolicies({ actor, cursor, limit, sort = "renewalDate", order, ...filters }: ListPoliciesInput) {
  const key: KeysetSort = { ...sortKeys[sort], direction: order ?? sortKeys[sort].direction };
  const { items, ...page } = await readKeysetList({
    where: policiesWhere(actor, filters),
    sort: key,
    cursor,
    limit,
    search: filters.search,
    findMany: (args) =>
      db.policy.findMany({
        ...args,
        select: { ...policySelect, renewalRisk: true, contact: { select: { id: true, name: true, owner: { select: { id: true, name: true } } } } },
      }),
    count: (args) => db.policy.count(args),
    valueOf: (row) => row[key.field as PolicySort],
  });
  return {
    items: items.map(({ renewalRisk, contact: { owner, ...contact }, ...policy }) => ({
      ...toPolicy(policy),
      contact,
      owner,
      scores: { renewalRisk: renewalRisk === null ? null : listedScore("renewalRisk", renewalRisk) },
    })),
    ...page,
  };
}

/** The count and premium of every policy the filters match within the caller's scope, summed by the database. */
export async function policyTotals({ actor, ...filters }: PolicyFilters & { actor: Actor }) {
  const totals = await db.policy.aggregate({ where: policiesWhere(actor, filters), _count: { _all: true }, _sum: { premium: true } });
  return { count: totals._count._all, premium: Number(totals._sum.premium ?? 0) };
}
