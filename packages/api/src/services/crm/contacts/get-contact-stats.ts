import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { ownedRecordScopeSql } from "../../../access/scopes/owned-record-scope";
import { contactSegmentSql } from "./contact-segments";

/** The stats cards over the contacts the actor can see, counted in one query. */
export async function contactStats({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const segment = (filter: Parameters<typeof contactSegmentSql>[0]) =>
    contactSegmentSql(filter, { alias: "c", organizationId: actor.organizationId, now });
  const [row] = await db.$queryRaw<{ total: number; highValue: number; atRisk: number; needsFollowUp: number }[]>(Prisma.sql`
    SELECT count(*)::int AS "total",
           count(*) FILTER (WHERE ${segment("high-value")})::int AS "highValue",
           count(*) FILTER (WHERE ${segment("at-risk")})::int AS "atRisk",
           count(*) FILTER (WHERE ${segment("needs-follow-up")})::int AS "needsFollowUp"
    FROM contacts c
    WHERE ${ownedRecordScopeSql(actor, "c")}`);
  return { total: row?.total ?? 0, highValue: row?.highValue ?? 0, atRisk: row?.atRisk ?? 0, needsFollowUp: row?.needsFollowUp ?? 0 };
}
