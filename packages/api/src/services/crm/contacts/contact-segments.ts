import { Prisma } from "@harbor/db";
import { liveSql } from "../../../access/scopes/live-record";
import { sqlTimestamp } from "../crm-sql";
import { relationshipHealthRules } from "./relationship-health";

// The contact segments behind the list filters and the stats cards, defined once here, in SQL:
// the list (list-contacts.ts) and the one-query stats (contact-stats.ts) share it.
//
//   high-value      holds an active policy with a premium of at least 2,500, or has won an
//                   opportunity worth at least 10,000
//   at-risk         churn risk of 60 or more, or a health score below 40
//   recent          created or contacted in the last 30 days
//   needs-follow-up a follow-up date that has arrived, or no contact for 60 days (counting from
//                   creation when never contacted)
//
// relationshipHealth is derived from the health score, never stored: high 70+, medium 40–69,
// low below 40 (so every low-health contact is also at risk).

export const contactSegmentRules = {
  highValue: { activePolicyPremium: 2_500, wonOpportunityValue: 10_000 },
  atRisk: relationshipHealthRules.atRisk,
  recentDays: 30,
  followUpAfterDays: 60,
} as const;

export const contactFilters = ["all", "high-value", "at-risk", "recent", "needs-follow-up"] as const;
export type ContactFilter = (typeof contactFilters)[number];

export { type RelationshipHealth, relationshipHealthOf } from "./relationship-health";

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/**
 * A segment as an SQL condition over a contacts row aliased `alias`, for the list and the stats. The subqueries are not
 * correlated, so Postgres hashes them once instead of probing per contact.
 */
export function contactSegmentSql(
  filter: Exclude<ContactFilter, "all">,
  { alias, organizationId, now }: { alias: string; organizationId: string; now: Date },
): Prisma.Sql {
  const { highValue, atRisk, followUpAfterDays, recentDays } = contactSegmentRules;
  const c = Prisma.raw(`"${alias.replaceAll('"', "")}"`);
  switch (filter) {
    case "high-value":
      return Prisma.sql`(${c}.id IN (SELECT p.contact_id FROM policies p WHERE p.organization_id = ${organizationId}::uuid AND ${liveSql("p")} AND p.status = 'active' AND p.premium >= ${highValue.activePolicyPremium})
        OR ${c}.id IN (SELECT o.contact_id FROM opportunities o WHERE o.organization_id = ${organizationId}::uuid AND ${liveSql("o")} AND o.contact_id IS NOT NULL AND o.stage = 'closed_won' AND o.value >= ${highValue.wonOpportunityValue}))`;
    case "at-risk":
      return Prisma.sql`(${c}.churn_risk >= ${atRisk.minChurnRisk} OR ${c}.health_score < ${atRisk.belowHealthScore})`;
    case "recent": {
      const since = sqlTimestamp(daysBefore(now, recentDays));
      return Prisma.sql`(${c}.created_at >= ${since} OR ${c}.last_contact_at >= ${since})`;
    }
    case "needs-follow-up":
      return Prisma.sql`(${c}.next_follow_up_at <= ${sqlTimestamp(now)} OR coalesce(${c}.last_contact_at, ${c}.created_at) < ${sqlTimestamp(daysBefore(now, followUpAfterDays))})`;
  }
}
