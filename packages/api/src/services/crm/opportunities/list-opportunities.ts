import { Prisma, type OpportunityStage, type Priority, type ScoreConfidence } from "@harbor/db";
import { ownedRecordScopeSql } from "../../../access/scopes/owned-record-scope";
import { type ListPageInput, orderedKey, type SortDirection, type SqlKeysetSort } from "../../pagination";
import { joinedRecord, readSqlList } from "../../sql-list-page";
import { containsPattern } from "../person-search";
import { opportunityFilterSql, type OpportunityFilter } from "./opportunity-filters";
import { listedScore } from "../record-scores";

export const opportunitySorts = ["createdAt", "value", "probability", "expectedCloseDate"] as const;
export type OpportunitySort = (typeof opportunitySorts)[number];

// Newest, largest and likeliest first; expected close dates soonest first, undated last.
const sortKeys: Record<OpportunitySort, SqlKeysetSort> = {
  createdAt: { field: "createdAt", column: "o.created_at", kind: "date", direction: "desc" },
  value: { field: "value", column: "o.value", kind: "decimal", direction: "desc" },
  probability: { field: "probability", column: "o.probability", kind: "number", direction: "desc" },
  expectedCloseDate: { field: "expectedCloseDate", column: "o.expected_close_date", kind: "date", direction: "asc", nullable: true },
};

export interface ListOpportunitiesInput extends ListPageInput {
  filter?: OpportunityFilter;
  stage?: OpportunityStage;
  ownerId?: string;
  contactId?: string;
  sort?: OpportunitySort;
  order?: SortDirection;
  timeZone?: string;
  now?: Date;
}

/** The pipeline as read in SQL (sql-list-page.ts): opportunityListSelect's fields, the contact and owner. */
const opportunityList = {
  from: Prisma.raw("opportunities o"),
  columns: Prisma.sql`o.id, o.title, o.stage::text AS stage, o.probability, o.probability_confidence::text AS "probabilityConfidence",
  o.value::text AS value, o.priority::text AS priority, o.expected_close_date AS "expectedCloseDate", o.stage_entered_at AS "stageEnteredAt",
  o.last_activity_at AS "lastActivityAt", o.closed_at AS "closedAt", o.tags, o.created_at AS "createdAt",
  oc.id AS "contactId", oc.name AS "contactName", oc.company AS "contactCompany", ou.id AS "ownerId", ou.name AS "ownerName"`,
  joins: Prisma.sql`LEFT JOIN contacts oc ON oc.id = o.contact_id LEFT JOIN users ou ON ou.id = o.owner_id`,
};

interface OpportunityListRow {
  id: string;
  title: string;
  stage: OpportunityStage;
  probability: number;
  probabilityConfidence: ScoreConfidence | null;
  value: string;
  priority: Priority;
  expectedCloseDate: Date | null;
  stageEnteredAt: Date;
  lastActivityAt: Date | null;
  closedAt: Date | null;
  tags: string[];
  createdAt: Date;
  contactId: string | null;
  contactName: string | null;
  contactCompany: string | null;
  ownerId: string | null;
  ownerName: string | null;
}

export async function listOpportunities({
  actor,
  cursor,
  limit,
  search,
  filter = "all",
  stage,
  ownerId,
  contactId,
  sort = "createdAt",
  order,
  timeZone = "UTC",
  now = new Date(),
}: ListOpportunitiesInput) {
  const where = [ownedRecordScopeSql(actor, "o")];
  const filtered = opportunityFilterSql(filter, { now, timeZone });
  if (filtered) where.push(filtered);
  if (stage) where.push(Prisma.sql`o.stage = ${stage}::"OpportunityStage"`);
  if (ownerId) where.push(Prisma.sql`o.owner_id = ${ownerId}::uuid`);
  if (contactId) where.push(Prisma.sql`o.contact_id = ${contactId}::uuid`);
  if (search) {
    const pattern = containsPattern(search);
    where.push(Prisma.sql`(o.title ILIKE ${pattern} OR (SELECT sc.name FROM contacts sc WHERE sc.id = o.contact_id) ILIKE ${pattern})`);
  }
  const key = orderedKey(sortKeys, sort, order);
  // The cursor takes the sort value as read (the value as its exact text), before money becomes numbers.
  const { items, ...page } = await readSqlList<OpportunityListRow>({ ...opportunityList, where, key, cursor, limit, search, valueOf: (row) => row[sort] });
  return { items: items.map(opportunityListItem), ...page };
}

/** The row in opportunityListSelect's shape, money as a number, with its probability score; built field by field. */
function opportunityListItem(row: OpportunityListRow) {
  return {
    id: row.id,
    title: row.title,
    stage: row.stage,
    probability: row.probability,
    probabilityConfidence: row.probabilityConfidence,
    value: Number(row.value),
    priority: row.priority,
    expectedCloseDate: row.expectedCloseDate,
    stageEnteredAt: row.stageEnteredAt,
    lastActivityAt: row.lastActivityAt,
    closedAt: row.closedAt,
    tags: row.tags,
    createdAt: row.createdAt,
    contact: row.contactId === null ? null : { id: row.contactId, name: row.contactName ?? "", company: row.contactCompany },
    owner: joinedRecord(row.ownerId, row.ownerName),
    scores: { probability: { ...listedScore("probability", row.probability), confidence: row.probabilityConfidence } },
  };
}
