import { db, Prisma, type OpportunityStage } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { calendarMonthIn } from "../../time-zone";
import { sqlDate, sqlTimestamp } from "../crm-sql";
import { ownedRecordScopeSql } from "../../../access/scopes/owned-record-scope";
import { openStages, opportunityStages } from "./stage-probability";

// Pipeline figures over the opportunities the actor can see, each in one query.
//
// forecast — open deals only (closed won/lost are no longer pipeline):
//   totalPipeline          Σ value
//   weightedForecast       Σ value × probability / 100
//   dealsClosingThisMonth  how many have an expected close date in the current calendar month
//   monthlyForecast        the weighted forecast of just those deals
// "This month" is the calendar month in the caller's time zone (UTC unless given).
//
// stageStats — every stage, open and closed, in pipeline order (zeros for empty stages):
//   count, totalValue, avgProbability, avgDaysInStage (now − stageEnteredAt, in days)

const cents = (value: string | number | null) => Math.round(Number(value ?? 0) * 100) / 100;
const tenths = (value: string | number | null) => Math.round(Number(value ?? 0) * 10) / 10;

export async function pipelineForecast({ actor, timeZone = "UTC", now = new Date() }: { actor: Actor; timeZone?: string; now?: Date }) {
  const month = calendarMonthIn(timeZone, now);
  const closingThisMonth = Prisma.sql`o.expected_close_date >= ${sqlDate(month.start)} AND o.expected_close_date < ${sqlDate(month.end)}`;
  const [row] = await db.$queryRaw<{ openDeals: number; totalPipeline: string; weightedForecast: string; dealsClosingThisMonth: number; monthlyForecast: string }[]>(Prisma.sql`
    SELECT count(*)::int AS "openDeals",
           coalesce(sum(o.value), 0)::text AS "totalPipeline",
           coalesce(sum(o.value * o.probability / 100.0), 0)::text AS "weightedForecast",
           count(*) FILTER (WHERE ${closingThisMonth})::int AS "dealsClosingThisMonth",
           coalesce(sum(o.value * o.probability / 100.0) FILTER (WHERE ${closingThisMonth}), 0)::text AS "monthlyForecast"
    FROM opportunities o
    WHERE ${ownedRecordScopeSql(actor, "o")} AND o.stage::text IN (${Prisma.join([...openStages])})`);
  return {
    openDeals: row?.openDeals ?? 0,
    totalPipeline: cents(row?.totalPipeline ?? 0),
    weightedForecast: cents(row?.weightedForecast ?? 0),
    dealsClosingThisMonth: row?.dealsClosingThisMonth ?? 0,
    monthlyForecast: cents(row?.monthlyForecast ?? 0),
    month: { start: month.start, end: month.end },
  };
}

export async function pipelineStageStats({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const rows = await db.$queryRaw<{ stage: OpportunityStage; count: number; totalValue: string; avgProbability: string; avgDaysInStage: string }[]>(Prisma.sql`
    SELECT o.stage::text AS "stage",
           count(*)::int AS "count",
           coalesce(sum(o.value), 0)::text AS "totalValue",
           avg(o.probability)::text AS "avgProbability",
           (avg(extract(epoch FROM (${sqlTimestamp(now)} - o.stage_entered_at))) / 86400)::text AS "avgDaysInStage"
    FROM opportunities o
    WHERE ${ownedRecordScopeSql(actor, "o")}
    GROUP BY o.stage`);
  const byStage = new Map(rows.map((row) => [row.stage, row]));
  return opportunityStages.map((stage) => {
    const row = byStage.get(stage);
    return {
      stage,
      count: row?.count ?? 0,
      totalValue: cents(row?.totalValue ?? 0),
      avgProbability: tenths(row?.avgProbability ?? 0),
      avgDaysInStage: tenths(row?.avgDaysInStage ?? 0),
    };
  });
}
