import { Prisma } from "@harbor/db";
import { sqlDate, sqlTimestamp } from "../crm-sql";
import { calendarDateIn } from "../../time-zone";
import { openStages } from "./stage-probability";

// The pipeline filters, defined once here. All of them concern open deals (not closed won/lost).
//
//   hot           probability of 70 or more
//   at-risk       no activity for 14 days (counting from creation when there was none), or past
//                 its expected close date
//   closing-soon  expected to close within the next 30 days (today included)
//
// Days are calendar days in the caller's time zone (UTC unless given).

export const opportunityFilterRules = {
  hotMinProbability: 70,
  staleAfterDays: 14,
  closingWithinDays: 30,
} as const;

export const opportunityFilters = ["all", "hot", "at-risk", "closing-soon"] as const;
export type OpportunityFilter = (typeof opportunityFilters)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The filter as SQL over opportunities aliased o (the list, read in one statement). */
export function opportunityFilterSql(filter: OpportunityFilter, { now, timeZone }: { now: Date; timeZone: string }): Prisma.Sql | null {
  const open = Prisma.sql`o.stage IN (${Prisma.join(openStages.map((stage) => Prisma.sql`${stage}::"OpportunityStage"`))})`;
  const today = calendarDateIn(timeZone, now);
  switch (filter) {
    case "all":
      return null;
    case "hot":
      return Prisma.sql`${open} AND o.probability >= ${opportunityFilterRules.hotMinProbability}::int`;
    case "at-risk": {
      const quietSince = sqlTimestamp(new Date(now.getTime() - opportunityFilterRules.staleAfterDays * DAY_MS));
      return Prisma.sql`${open} AND (o.last_activity_at < ${quietSince} OR (o.last_activity_at IS NULL AND o.created_at < ${quietSince}) OR o.expected_close_date < ${sqlDate(today)})`;
    }
    case "closing-soon":
      return Prisma.sql`${open} AND o.expected_close_date >= ${sqlDate(today)} AND o.expected_close_date <= ${sqlDate(calendarDateIn(timeZone, now, opportunityFilterRules.closingWithinDays))}`;
  }
}
