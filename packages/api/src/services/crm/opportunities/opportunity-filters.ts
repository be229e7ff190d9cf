import type { Prisma } from "@harbor/db";
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

export function opportunityFilterWhere(filter: OpportunityFilter, { now, timeZone }: { now: Date; timeZone: string }): Prisma.OpportunityWhereInput {
  const open: Prisma.OpportunityWhereInput = { stage: { in: [...openStages] } };
  const today = calendarDateIn(timeZone, now);
  switch (filter) {
    case "all":
      return {};
    case "hot":
      return { ...open, probability: { gte: opportunityFilterRules.hotMinProbability } };
    case "at-risk": {
      const quietSince = new Date(now.getTime() - opportunityFilterRules.staleAfterDays * DAY_MS);
      return {
        ...open,
        OR: [
          { lastActivityAt: { lt: quietSince } },
          { lastActivityAt: null, createdAt: { lt: quietSince } },
          { expectedCloseDate: { lt: today } },
        ],
      };
    }
    case "closing-soon":
      return { ...open, expectedCloseDate: { gte: today, lte: calendarDateIn(timeZone, now, opportunityFilterRules.closingWithinDays) } };
  }
}
