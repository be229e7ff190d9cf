import { db, type PolicyType, type Prisma, type Priority, type RenewalCaseStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { renewalCaseScope } from "../../../access/scopes/renewal-case-scope";
import { readKeysetList, type KeysetSort, type SortDirection } from "../../pagination";
import { containsText } from "../../text-search";
import { caseListSelect, toListedCase } from "./case-select";
import { calendarDay } from "./policy-term";

// The renewals worklist: the cases in the actor's scope, filtered, sorted and paged by keyset like
// every list. A window is "due within 30/60/90 days" (renewal date from today to today + N) or
// "overdue" (renewal date passed, case still open).

export type CaseWindow = "30" | "60" | "90" | "overdue";
export type CaseSort = "renewalDate" | "priority" | "risk" | "premium" | "createdAt";

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

const sortKeys: Record<CaseSort, Omit<KeysetSort, "direction"> & { defaultDirection: SortDirection }> = {
  renewalDate: { field: "renewalDate", kind: "date", defaultDirection: "asc" },
  priority: { field: "priorityRank", kind: "number", defaultDirection: "desc" },
  risk: { field: "riskScore", kind: "number", nullable: true, defaultDirection: "desc" },
  premium: { field: "premium", kind: "decimal", defaultDirection: "desc" },
  createdAt: { field: "createdAt", kind: "date", defaultDirection: "desc" },
};

const DAY = 24 * 60 * 60 * 1000;
const openStatuses: RenewalCaseStatus[] = ["new", "in_progress", "pending_action"];

export function windowFilter(window: CaseWindow, now: Date): Prisma.RenewalCaseWhereInput {
  const today = calendarDay(now);
  if (window === "overdue") return { renewalDate: { lt: today }, status: { in: openStatuses } };
  return { renewalDate: { gte: today, lte: new Date(today.getTime() + Number(window) * DAY) } };
}

export async function listCases({ actor, cursor, limit, search, status, priority, assigneeId, window, policyType, carrier, batchId, sort = "renewalDate", order, now = new Date() }: ListCasesInput) {
  const policy: Prisma.PolicyWhereInput = { ...(policyType ? { type: policyType } : {}), ...(carrier ? { carrier: { equals: carrier, mode: "insensitive" } } : {}) };
  const filters: Prisma.RenewalCaseWhereInput = {
    ...(status ? { status } : {}),
    ...(priority ? { priority } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(batchId ? { batchId } : {}),
    ...(Object.keys(policy).length > 0 ? { policy: { is: policy } } : {}),
    ...(search
      ? { OR: [{ caseNumber: containsText(search) }, { policy: { is: { policyNumber: containsText(search) } } }, { contact: { is: { name: containsText(search) } } }] }
      : {}),
  };
  const where = within(renewalCaseScope(actor), window ? { AND: [filters, windowFilter(window, now)] } : filters);
  const { defaultDirection, ...key } = sortKeys[sort];
  const keyset: KeysetSort = { ...key, direction: order ?? defaultDirection };
  const { items, ...page } = await readKeysetList({
    where,
    sort: keyset,
    cursor,
    limit,
    search,
    findMany: (args) => db.renewalCase.findMany({ ...args, select: { ...caseListSelect, priorityRank: true } }),
    count: (args) => db.renewalCase.count(args),
    valueOf: (row) => (sort === "priority" ? row.priorityRank : sort === "risk" ? row.riskScore : sort === "premium" ? row.premium : sort === "createdAt" ? row.createdAt : row.renewalDate),
  });
  return { items: items.map(({ priorityRank: _rank, ...row }) => toListedCase(row)), ...page };
}
