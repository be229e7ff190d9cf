import { Prisma } from "@harbor/db";
import { requireId } from "../../../access/organization-scope";
import { orderedKey, type ListPageInput, type SortDirection, type SqlKeysetSort } from "../../pagination";
import { ownedRecordScopeSql } from "../../../access/scopes/owned-record-scope";
import { readPersonList } from "../person-list-page";
import { listedScore } from "../record-scores";
import type { ContactListItem } from "./contact-select";
import { contactSegmentSql, relationshipHealthOf, type ContactFilter } from "./contact-segments";

export const contactSorts = ["name", "createdAt", "healthScore", "churnRisk", "lastContactAt"] as const;
export type ContactSort = (typeof contactSorts)[number];

// Names read A→Z; scores, risk and dates read highest/newest first unless asked otherwise.
const sortKeys: Record<ContactSort, SqlKeysetSort> = {
  name: { field: "name", column: "c.name", kind: "string", direction: "asc" },
  createdAt: { field: "createdAt", column: "c.created_at", kind: "date", direction: "desc" },
  healthScore: { field: "healthScore", column: "c.health_score", kind: "number", direction: "desc" },
  churnRisk: { field: "churnRisk", column: "c.churn_risk", kind: "number", direction: "desc" },
  lastContactAt: { field: "lastContactAt", column: "c.last_contact_at", kind: "date", direction: "desc", nullable: true },
};

export interface ListContactsInput extends ListPageInput {
  filter?: ContactFilter;
  sort?: ContactSort;
  order?: SortDirection;
  ownerId?: string;
  tag?: string;
  now?: Date;
}

/** The contacts list as read in SQL: a row has the columns contactListSelect names, and its owner's name. */
const contactList = {
  table: "contacts",
  alias: "c",
  columns: Prisma.sql`c.id, c.name, c.email, c.phone, c.company, c.title, c.health_score AS "healthScore",
  c.churn_risk AS "churnRisk", c.sentiment, c.last_contact_at AS "lastContactAt", c.next_follow_up_at AS "nextFollowUpAt",
  c.tags, c.created_at AS "createdAt", o.id AS "ownerId", o.name AS "ownerName"`,
  joins: Prisma.sql`LEFT JOIN users o ON o.id = c.owner_id`,
} as const;

type ContactListRow = Omit<ContactListItem, "owner"> & { ownerId: string | null; ownerName: string | null };

export async function listContacts({ actor, cursor, limit, search, filter = "all", sort = "createdAt", order, ownerId, tag, now = new Date() }: ListContactsInput) {
  const where = [ownedRecordScopeSql(actor, "c")];
  if (filter !== "all") where.push(contactSegmentSql(filter, { alias: "c", organizationId: requireId(actor.organizationId), now }));
  if (ownerId) where.push(Prisma.sql`c.owner_id = ${ownerId}::uuid`);
  if (tag) where.push(Prisma.sql`${tag}::text = ANY(c.tags)`);

  const key = orderedKey(sortKeys, sort, order);
  const { items, ...page } = await readPersonList<ContactListRow>({ ...contactList, where, search, key, cursor, limit, valueOf: (row) => row[sort] });
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
    owner: row.ownerId === null ? null : { id: row.ownerId, name: row.ownerName ?? "" },
    relationshipHealth: relationshipHealthOf(row.healthScore),
  };
}
