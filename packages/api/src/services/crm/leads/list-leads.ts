import { Prisma, type LeadKind, type LeadStatus } from "@harbor/db";
import { orderedKey, type SqlKeysetSort } from "../../pagination";
import { sqlTimestamp } from "../crm-sql";
import { personListConditions, personSortKeys, readPersonList, type PersonListFilters } from "../person-list-page";
import { joinedRecord } from "../../sql-list-page";
import { listedScore } from "../record-scores";
import type { LeadListItem, withMoney } from "./lead-record";

export const leadSorts = ["createdAt", "score", "value", "name", "lastInteractionAt"] as const;
export type LeadSort = (typeof leadSorts)[number];

// Names read A→Z; dates, scores and values read newest/highest first unless asked otherwise.
const sortKeys: Record<LeadSort, SqlKeysetSort> = {
  ...personSortKeys("l"),
  score: { field: "score", column: "l.score", kind: "number", direction: "desc" },
  value: { field: "value", column: "l.value", kind: "decimal", direction: "desc", nullable: true },
  lastInteractionAt: { field: "lastInteractionAt", column: "l.last_interaction_at", kind: "date", direction: "desc", nullable: true },
};

export interface ListLeadsInput extends PersonListFilters<LeadSort> {
  kind?: LeadKind;
  status?: LeadStatus;
  source?: string;
  scoreMin?: number;
  scoreMax?: number;
  createdFrom?: Date;
  createdTo?: Date;
}

/** The leads table and kanban as read in SQL: a row has the columns leadListSelect names, and its owner's name. */
const leadList = {
  table: "leads",
  alias: "l",
  columns: Prisma.sql`l.id, l.kind, l.name, l.email, l.phone, l.company, l.status, l.source, l.score, l.value, l.budget,
  l.city, l.tags, l.last_interaction_at AS "lastInteractionAt", l.converted_at AS "convertedAt", l.created_at AS "createdAt",
  o.id AS "ownerId", o.name AS "ownerName"`,
  joins: Prisma.sql`LEFT JOIN users o ON o.id = l.owner_id`,
} as const;

type LeadListRow = Omit<LeadListItem, "owner" | "value" | "budget"> & { value: string | null; budget: string | null; ownerId: string | null; ownerName: string | null };

export async function listLeads(input: ListLeadsInput) {
  const { actor, cursor, limit, search, kind, status, source, ownerId, tag, scoreMin, scoreMax, createdFrom, createdTo } = input;
  const where = personListConditions(actor, "l", { ownerId, tag });
  if (kind) where.push(Prisma.sql`l.kind = ${kind}::"LeadKind"`);
  if (status) where.push(Prisma.sql`l.status = ${status}::"LeadStatus"`);
  if (source) where.push(Prisma.sql`lower(l.source) = lower(${source})`);
  if (scoreMin !== undefined) where.push(Prisma.sql`l.score >= ${scoreMin}::int`);
  if (scoreMax !== undefined) where.push(Prisma.sql`l.score <= ${scoreMax}::int`);
  if (createdFrom) where.push(Prisma.sql`l.created_at >= ${sqlTimestamp(createdFrom)}`);
  if (createdTo) where.push(Prisma.sql`l.created_at <= ${sqlTimestamp(createdTo)}`);

  const sort = input.sort ?? "createdAt";
  const key = orderedKey(sortKeys, sort, input.order);
  // The cursor takes the sort value as read (a decimal as its exact text), before money becomes numbers.
  const { items, ...page } = await readPersonList<LeadListRow>({ ...leadList, where, search, key, cursor, limit, valueOf: (row) => row[sort] });
  return { items: items.map(leadListItem), ...page };
}

/** The row as the API shapes a lead (leadListSelect's fields, money as numbers), built in one step. */
function leadListItem(row: LeadListRow): ReturnType<typeof withMoney<LeadListItem>> & { scores: { lead: ReturnType<typeof listedScore> } } {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    status: row.status,
    source: row.source,
    score: row.score,
    scores: { lead: listedScore("lead", row.score) },
    value: row.value === null ? null : Number(row.value),
    budget: row.budget === null ? null : Number(row.budget),
    city: row.city,
    tags: row.tags,
    lastInteractionAt: row.lastInteractionAt,
    convertedAt: row.convertedAt,
    createdAt: row.createdAt,
    owner: joinedRecord(row.ownerId, row.ownerName),
  };
}
