import { db, Prisma, type PolicyStatus, type PolicyType } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { policyScope, policyScopeSql } from "../../../access/scopes/policy-scope";
import { orderedKey, type SortDirection, type SqlKeysetSort } from "../../pagination";
import { joinedRecord, readSqlList } from "../../sql-list-page";
import { listedScore } from "../record-scores";
import { policyFilterSql, policyFilterWhere, type PolicyFilters } from "./policy-filters";

export const policySorts = ["renewalDate", "premium", "policyNumber", "createdAt"] as const;
export type PolicySort = (typeof policySorts)[number];

// Soonest renewal first (undated last), largest premium first, numbers A–Z, newest first.
const sortKeys: Record<PolicySort, SqlKeysetSort> = {
  renewalDate: { field: "renewalDate", column: "p.renewal_date", direction: "asc", kind: "date", nullable: true },
  premium: { field: "premium", column: "p.premium", direction: "desc", kind: "decimal" },
  policyNumber: { field: "policyNumber", column: "p.policy_number", direction: "asc", kind: "string" },
  createdAt: { field: "createdAt", column: "p.created_at", direction: "desc", kind: "date" },
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

/** The policies list as read in SQL (sql-list-page.ts): policySelect's fields, the renewal risk, the contact and its owner. */
const policyList = {
  from: Prisma.raw("policies p"),
  columns: Prisma.sql`p.id, p.contact_id AS "contactId", p.policy_number AS "policyNumber", p.type::text AS type, p.carrier, p.premium::text AS premium,
  p.start_date AS "startDate", p.end_date AS "endDate", p.renewal_date AS "renewalDate", p.status::text AS status,
  p.grace_period_days AS "gracePeriodDays", p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.renewal_risk AS "renewalRisk",
  pc.name AS "contactName", po.id AS "ownerId", po.name AS "ownerName"`,
  joins: Prisma.sql`JOIN contacts pc ON pc.id = p.contact_id LEFT JOIN users po ON po.id = pc.owner_id`,
};

interface PolicyListRow {
  id: string;
  contactId: string;
  policyNumber: string;
  type: PolicyType;
  carrier: string;
  premium: string;
  startDate: Date;
  endDate: Date;
  renewalDate: Date | null;
  status: PolicyStatus;
  gracePeriodDays: number;
  createdAt: Date;
  updatedAt: Date;
  renewalRisk: number | null;
  contactName: string;
  ownerId: string | null;
  ownerName: string | null;
}

export async function listPolicies({ actor, cursor, limit, sort = "renewalDate", order, ...filters }: ListPoliciesInput) {
  const key = orderedKey(sortKeys, sort, order);
  const where = [policyScopeSql(actor, "p"), ...policyFilterSql(filters, "p")];
  // The cursor takes the sort value as read (the premium as its exact text).
  const { items, ...page } = await readSqlList<PolicyListRow>({ ...policyList, where, key, cursor, limit, search: filters.search, valueOf: (row) => row[sort] });
  return { items: items.map(policyListItem), ...page };
}

/** The row as the list shapes a policy (policySelect's fields, the premium as a number), built field by field. */
function policyListItem(row: PolicyListRow) {
  return {
    id: row.id,
    contactId: row.contactId,
    policyNumber: row.policyNumber,
    type: row.type,
    carrier: row.carrier,
    premium: Number(row.premium),
    startDate: row.startDate,
    endDate: row.endDate,
    renewalDate: row.renewalDate,
    status: row.status,
    gracePeriodDays: row.gracePeriodDays,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    contact: { id: row.contactId, name: row.contactName },
    owner: joinedRecord(row.ownerId, row.ownerName),
    scores: { renewalRisk: row.renewalRisk === null ? null : listedScore("renewalRisk", row.renewalRisk) },
  };
}

/** The count and premium of every policy the filters match within the caller's scope, summed by the database. */
export async function policyTotals({ actor, ...filters }: PolicyFilters & { actor: Actor }) {
  const totals = await db.policy.aggregate({ where: policiesWhere(actor, filters), _count: { _all: true }, _sum: { premium: true } });
  return { count: totals._count._all, premium: Number(totals._sum.premium ?? 0) };
}
