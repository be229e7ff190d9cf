import { db, Prisma } from "@harbor/db";
import type { Actor, SystemActor } from "../../access/actor";
import { notFound } from "../../errors";
import { idsInScope } from "../scores/score-scope";
import { copilotInsights } from "./ai-features";

// Stored insights: the hourly insights job generates the insights of each contact and deal with
// new activity through the copilot's insight service (the organization's provider, the offline
// one without a key, the same safety check) and keeps the latest per record in record_insights,
// so the insights panel and the record show them without waiting for a model.

export const storedInsightEntityTypes = ["contact", "opportunity"] as const;
export type StoredInsightEntityType = (typeof storedInsightEntityTypes)[number];

/** The insights job's function id: its completed runs mark how far activity has been read. */
export const INSIGHTS_FUNCTION_ID = "insights-organization";
/** A first run looks this far back; later runs start where the last completed run stopped. */
const FIRST_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Records per run at most, newest activity first: the model is the expensive part. */
export const INSIGHTS_PER_RUN = 50;

export interface InsightTarget {
  entityType: StoredInsightEntityType;
  entityId: string;
}

/**
 * The contacts and deals with activity logged after the last completed insights run of the
 * organization (or in the last week on the first run) and up to `until`.
 */
export async function recordsWithNewActivity({ actor, until }: { actor: SystemActor; until: Date }): Promise<{ since: string; targets: InsightTarget[] }> {
  const lastRun = await db.jobRun.findFirst({
    where: { organizationId: actor.organizationId, functionId: INSIGHTS_FUNCTION_ID, status: "completed" },
    orderBy: { startedAt: "desc" },
    select: { result: true },
  });
  const lastUntil = (lastRun?.result as { until?: unknown } | null)?.until;
  const since = typeof lastUntil === "string" && lastUntil < until.toISOString() ? new Date(lastUntil) : new Date(until.getTime() - FIRST_LOOKBACK_MS);
  const rows = await db.$queryRaw<{ entityType: StoredInsightEntityType; entityId: string }[]>(Prisma.sql`
    SELECT entity_type AS "entityType", entity_id::text AS "entityId"
    FROM (
      SELECT 'opportunity' AS entity_type, opportunity_id AS entity_id, max(created_at) AS latest
      FROM activities
      WHERE organization_id = ${actor.organizationId}::uuid AND deleted_at IS NULL AND opportunity_id IS NOT NULL AND created_at > ${since} AND created_at <= ${until}
      GROUP BY opportunity_id
      UNION ALL
      SELECT 'contact', contact_id, max(created_at)
      FROM activities
      WHERE organization_id = ${actor.organizationId}::uuid AND deleted_at IS NULL AND contact_id IS NOT NULL AND created_at > ${since} AND created_at <= ${until}
      GROUP BY contact_id
    ) touched
    -- A record in the trash gets no insights (its reads are NOT_FOUND).
    WHERE CASE entity_type
      WHEN 'contact' THEN EXISTS (SELECT 1 FROM contacts c WHERE c.id = touched.entity_id AND c.deleted_at IS NULL)
      ELSE EXISTS (SELECT 1 FROM opportunities o WHERE o.id = touched.entity_id AND o.deleted_at IS NULL) END
    ORDER BY latest DESC, entity_type, entity_id
    LIMIT ${INSIGHTS_PER_RUN}`);
  return { since: since.toISOString(), targets: rows };
}

/** Generates one record's insights and stores them as its latest; a second run replaces the row. */
export async function refreshRecordInsights({ actor, entityType, entityId, now = new Date() }: { actor: Actor; entityType: StoredInsightEntityType; entityId: string; now?: Date }) {
  const insights = await copilotInsights({ actor, entityType, entityId });
  const fields = {
    summary: insights.summary,
    risks: insights.risks as unknown as Prisma.InputJsonArray,
    actions: insights.nextBestActions as unknown as Prisma.InputJsonArray,
    provider: insights.provider,
    generatedAt: now,
  };
  await db.recordInsight.upsert({
    where: { organizationId_entityType_entityId: { organizationId: actor.organizationId, entityType, entityId } },
    create: { organizationId: actor.organizationId, entityType, entityId, ...fields },
    update: fields,
  });
  return { entityType, entityId, provider: insights.provider, withheld: insights.withheld };
}

/** The latest stored insights of a record the actor may see; null when none were generated yet. */
export async function latestRecordInsights({ actor, entityType, entityId }: { actor: Actor; entityType: StoredInsightEntityType; entityId: string }) {
  const [visible] = await idsInScope(actor, entityType, [entityId]);
  if (!visible) throw notFound(entityType === "contact" ? "Contact" : "Opportunity");
  const row = await db.recordInsight.findUnique({
    where: { organizationId_entityType_entityId: { organizationId: actor.organizationId, entityType, entityId } },
    select: { entityType: true, entityId: true, summary: true, risks: true, actions: true, provider: true, generatedAt: true },
  });
  return row ? { ...row, entityType, risks: row.risks as unknown as StoredInsight[], nextBestActions: row.actions as unknown as StoredInsight[] } : null;
}

interface StoredInsight {
  text: string;
  citations: { entityType: string; entityId: string }[];
}

/** One whole run at once, as an admin runs it from settings (the job gives each record its own step). */
export async function generateNewActivityInsights({ actor, until }: { actor: SystemActor; until: Date }) {
  const { since, targets } = await recordsWithNewActivity({ actor, until });
  for (const target of targets) await refreshRecordInsights({ actor, ...target, now: until });
  return { since, until: until.toISOString(), generated: targets.length };
}
