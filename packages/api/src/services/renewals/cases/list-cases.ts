import { Prisma, type PolicyType, type Priority, type RenewalCaseStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { renewalCaseScopeSql } from "../../../access/scopes/renewal-case-scope";
import { sqlDate } from "../../crm/crm-sql";
import { orderedKey, type SortDirection, type SqlKeysetSort } from "../../pagination";
import { joinedRecord, readSqlList } from "../../sql-list-page";
import { containsPattern } from "../../crm/person-search";
import { calendarDay } from "./policy-term";

// The renewals worklist: the cases in the actor's scope, filtered, sorted and paged by keyset like
// every list. A window is "due within 30/60/90 days" (renewal date from today to today + N) or
// "overdue" (renewal date passed, case still open).
//
// Read in one SQL statement (sql-list-page.ts): the page, its policy, customer and assignee, and on
// a first page the capped total. Through Prisma the same page was a query per relation plus a
// count. Each sort walks its (organization, key, id) index on renewal_cases; filters on the policy
// (type, carrier) are EXISTS tests per walked case; the search (case number, policy number,
// customer name) is one LIKE on renewal_cases.search_text, which Postgres answers through its
// trigram index or tests per walked case, whichever its statistics say is cheaper.

export type CaseWindow = "30" | "60" | "90" | "overdue";
export const caseSorts = ["renewalDate", "priority", "risk", "premium", "createdAt"] as const;
export type CaseSort = (typeof caseSorts)[number];

export interface ListCasesInput {
  actor: Actor;
  cursor?: string | undefined;
  limit: number;
  search?: string | undefined;
  status?: RenewalCaseStatus | undefined;
  priority?: Priority | undefined;
  assigneeId?: string | undefined;
  window?: CaseWindow | undefined;
  policyType?: PolicyType | undefined;
  carrier?: string | undefined;
  batchId?: string | undefined;
  sort?: CaseSort | undefined;
  order?: SortDirection | undefined;
  now?: Date;
}

// Renewal dates read soonest first; priority, risk, premium and creation highest/newest first.
export const caseSortKeys: Record<CaseSort, SqlKeysetSort> = {
  renewalDate: { field: "renewalDate", column: "c.renewal_date", kind: "date", direction: "asc" },
  priority: { field: "priorityRank", column: "c.priority_rank", kind: "number", direction: "desc" },
  risk: { field: "riskScore", column: "c.risk_score", kind: "number", direction: "desc", nullable: true },
  premium: { field: "premium", column: "c.premium", kind: "decimal", direction: "desc" },
  createdAt: { field: "createdAt", column: "c.created_at", kind: "date", direction: "desc" },
};

const DAY = 24 * 60 * 60 * 1000;

/** The window as SQL over renewal_cases aliased c. */
export function windowSql(window: CaseWindow, now: Date): Prisma.Sql {
  const today = calendarDay(now);
  if (window === "overdue") return Prisma.sql`c.renewal_date < ${sqlDate(today)} AND c.status IN ('new', 'in_progress', 'pending_action')`;
  return Prisma.sql`c.renewal_date >= ${sqlDate(today)} AND c.renewal_date <= ${sqlDate(new Date(today.getTime() + Number(window) * DAY))}`;
}

/**
 * The search as SQL over renewal_cases aliased c: the case number, the policy number or the
 * customer name contains the term, in any case — search_text holds the three lowercased (kept by
 * triggers: migration …_renewal_case_search_text), served by one trigram index.
 *
 * When the term holds a run of three or more digits, the index is asked for that run (the longest,
 * the last of equals) — "1234" of "LOAD-1234", "0042" of "REN-2026-0042" — and the whole term is
 * then tested on the rows it yields with strpos, which no index serves, so Postgres does not hand
 * it to the index as well. Numbers share prefixes ("LOAD-", "REN-2026-") whose trigrams are in
 * nearly every row: asked for the whole term, the index read those trigrams' posting trees whole.
 * EXPLAIN on 200k cases, the bench's 220 terms "LOAD-1000"…"LOAD-1219": 9.6 ms a term asked whole,
 * 3.1 ms asked for "-1234" (the separator adds the word-start trigrams, "  1" in a tenth of the
 * rows), 1.9 ms asked for "1234". Any other term is asked for whole.
 */
export function caseSearchSql(term: string): Prisma.Sql {
  const text = term.toLowerCase();
  const digitRuns = text.match(/\d{3,}/g) ?? [];
  const indexed = digitRuns.reduce<string | null>((longest, run) => (longest === null || run.length >= longest.length ? run : longest), null) ?? text;
  return Prisma.sql`(c.search_text LIKE ${containsPattern(indexed)} AND strpos(c.search_text, ${text}) > 0)`;
}

export const caseList = {
  from: Prisma.raw("renewal_cases c"),
  columns: Prisma.sql`c.id, c.case_number AS "caseNumber", c.status::text AS status, c.priority::text AS priority, c.priority_rank AS "priorityRank",
  c.renewal_date AS "renewalDate", c.premium::text AS premium, c.prior_premium::text AS "priorPremium", c.renewal_premium::text AS "renewalPremium",
  c.risk_score AS "riskScore", c.payment_status::text AS "paymentStatus", c.contact_attempts AS "contactAttempts", c.last_contact_at AS "lastContactAt",
  c.escalated_at AS "escalatedAt", c.closed_at AS "closedAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  p.id AS "policyId", p.policy_number AS "policyNumber", p.type::text AS "policyType", p.carrier AS "policyCarrier",
  ct.id AS "contactId", ct.name AS "contactName", u.id AS "assigneeId", u.name AS "assigneeName"`,
  joins: Prisma.sql`JOIN policies p ON p.id = c.policy_id JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN users u ON u.id = c.assignee_id`,
};

interface CaseListRow {
  id: string;
  caseNumber: string;
  status: RenewalCaseStatus;
  priority: Priority;
  priorityRank: number;
  renewalDate: Date;
  premium: string;
  priorPremium: string;
  renewalPremium: string | null;
  riskScore: number | null;
  paymentStatus: "pending" | "partial" | "completed" | "failed";
  contactAttempts: number;
  lastContactAt: Date | null;
  escalatedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  policyId: string;
  policyNumber: string;
  policyType: PolicyType;
  policyCarrier: string;
  contactId: string;
  contactName: string;
  assigneeId: string | null;
  assigneeName: string | null;
}

export function listCasesConditions(input: Omit<ListCasesInput, "limit" | "cursor" | "sort" | "order">): Prisma.Sql[] {
  const { actor, search, status, priority, assigneeId, window, policyType, carrier, batchId, now = new Date() } = input;
  const where = [renewalCaseScopeSql(actor, "c")];
  if (status) where.push(Prisma.sql`c.status = ${status}::"RenewalCaseStatus"`);
  if (priority) where.push(Prisma.sql`c.priority = ${priority}::"Priority"`);
  if (assigneeId) where.push(Prisma.sql`c.assignee_id = ${assigneeId}::uuid`);
  if (batchId) where.push(Prisma.sql`c.batch_id = ${batchId}::uuid`);
  if (window) where.push(windowSql(window, now));
  if (policyType || carrier) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM policies fp WHERE fp.id = c.policy_id
      ${policyType ? Prisma.sql`AND fp.type = ${policyType}::"PolicyType"` : Prisma.empty}
      ${carrier ? Prisma.sql`AND lower(fp.carrier) = lower(${carrier})` : Prisma.empty})`);
  }
  if (search) where.push(caseSearchSql(search));
  return where;
}

export async function listCases(input: ListCasesInput) {
  const { cursor, limit, search, sort = "renewalDate", order } = input;
  const key = orderedKey(caseSortKeys, sort, order);
  // The cursor takes the sort value as read (a decimal as its exact text), before money becomes numbers.
  const { items, ...page } = await readSqlList<CaseListRow>({ ...caseList, where: listCasesConditions(input), key, cursor, search, limit, valueOf: (row) => row[key.field as keyof CaseListRow] });
  return { items: items.map(listedCase), ...page };
}

/** The row as the API shapes a listed case: money as numbers, the policy, customer and assignee nested. */
function listedCase(row: CaseListRow) {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.status,
    priority: row.priority,
    renewalDate: row.renewalDate,
    premium: Number(row.premium),
    priorPremium: Number(row.priorPremium),
    renewalPremium: row.renewalPremium === null ? null : Number(row.renewalPremium),
    riskScore: row.riskScore,
    paymentStatus: row.paymentStatus,
    contactAttempts: row.contactAttempts,
    lastContactAt: row.lastContactAt,
    escalatedAt: row.escalatedAt,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    policy: { id: row.policyId, policyNumber: row.policyNumber, type: row.policyType, carrier: row.policyCarrier },
    contact: { id: row.contactId, name: row.contactName },
    assignee: joinedRecord(row.assigneeId, row.assigneeName),
  };
}
