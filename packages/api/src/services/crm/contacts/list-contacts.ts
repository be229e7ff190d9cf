import { Prisma } from "@harbor/db";
import { requireId } from "../../../access/organization-scope";
import { orderedKey, type SqlKeysetSort } from "../../pagination";
import { ownedRecordScopeSql } from "../../../access/scopes/owned-record-scope";
import { personListConditions, personSortKeys, readPersonList, type PersonListFilters } from "../person-list-page";
import { joinedRecord } from "../../sql-list-page";
import { listedScore } from "../record-scores";
import type { ContactListItem } from "./contact-select";
import type { Actor } from "../../../access/actor";
import { openStages } from "../opportunities/stages";
import { contactSegmentSql, relationshipHealthOf, type ContactFilter } from "./contact-segments";

export const contactSorts = ["name", "createdAt", "healthScore", "churnRisk", "lastContactAt"] as const;
export type ContactSort = (typeof contactSorts)[number];

// Names read A→Z; scores, risk and dates read highest/newest first unless asked otherwise.
const sortKeys: Record<ContactSort, SqlKeysetSort> = {
  ...personSortKeys("c"),
  healthScore: { field: "healthScore", column: "c.health_score", kind: "number", direction: "desc" },
  churnRisk: { field: "churnRisk", column: "c.churn_risk", kind: "number", direction: "desc" },
  lastContactAt: { field: "lastContactAt", column: "c.last_contact_at", kind: "date", direction: "desc", nullable: true },
};

export interface ListContactsInput extends PersonListFilters<ContactSort> {
  filter?: ContactFilter;
  now?: Date;
}

/**
 * The contacts list as read in SQL: a row has the columns contactListSelect names, its owner's name,
 * and the count and open value of the deals on it that the actor may see — a lateral join over
 * opportunities' contact index, run for the page's rows only.
 */
function contactList(actor: Actor) {
  return {
    table: "contacts",
    alias: "c",
    columns: Prisma.sql`c.id, c.name, c.email, c.phone, c.company, c.title, c.health_score AS "healthScore",
  c.churn_risk AS "churnRisk", c.sentiment, c.last_contact_at AS "lastContactAt", c.next_follow_up_at AS "nextFollowUpAt",
  c.tags, c.created_at AS "createdAt", o.id AS "ownerId", o.name AS "ownerName", deals.count AS "dealCount", deals.open_value AS "openDealValue"`,
    joins: Prisma.sql`LEFT JOIN users o ON o.id = c.owner_id
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS count, coalesce(sum(d.value) FILTER (WHERE d.stage::text IN (${Prisma.join([...openStages])})), 0)::text AS open_value
    FROM opportunities d WHERE d.contact_id = c.id AND ${ownedRecordScopeSql(actor, "d")}
  ) deals ON true`,
  } as const;
}

type ContactListRow = Omit<ContactListItem, "owner"> & { ownerId: string | null; ownerName: string | null; dealCount: number; openDealValue: string };

export async function listContacts({ actor, cursor, limit, search, filter = "all", sort = "createdAt", order, ownerId, tag, now = new Date() }: ListContactsInput) {
  const where = personListConditions(actor, "c", { ownerId, tag });
  if (filter !== "all") where.push(contactSegmentSql(filter, { alias: "c", organizationId: requireId(actor.organizationId), now }));

  const key = orderedKey(sortKeys, sort, order);
  const { items, ...page } = await readPersonList<ContactListRow>({ ...contactList(actor), where, search, key, cursor, limit, valueOf: (row) => row[sort] });
  return { items: items.map(contactListItem), ...page };
}

/** The row as the API shapes a contact (contactListSelect's fields and relationshipHealth), built in one step. */
function contactListItem(row: ContactListRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    company: row.company,
    title: row.title,
    healthScore: row.healthScore,
    churnRisk: row.churnRisk,
    scores: { health: listedScore("health", row.healthScore), churn: listedScore("churn", row.churnRisk) },
    sentiment: row.sentiment,
    lastContactAt: row.lastContactAt,
    nextFollowUpAt: row.nextFollowUpAt,
    tags: row.tags,
    createdAt: row.createdAt,
    owner: joinedRecord(row.ownerId, row.ownerName),
    dealCount: row.dealCount,
    openDealValue: Number(row.openDealValue),
    relationshipHealth: relationshipHealthOf(row.healthScore),
  };
}
