import { db } from "@harbor/db";
import { DEMO_ORGANIZATION, seedDemo, type SeedResult } from "@harbor/db/seed";
import { systemActor } from "../access/actor";
import { recomputeOrganizationScores } from "../services/scores";

/**
 * The demo agency with its scores: packages/db writes the records, then the same recompute the
 * nightly job runs stores every score with its factors (and leads.score, contacts' health and
 * churn, deal probabilities, renewal risks), as of the same `now`, so the demo stays deterministic.
 */
export async function seedDemoWithScores({ now = new Date() }: { now?: Date } = {}): Promise<SeedResult> {
  const result = await seedDemo(db, { now });
  if (!result.created) return result;
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true } });
  const scored = await recomputeOrganizationScores({ actor: systemActor(organization.id, "demo seed"), now });
  return { ...result, counts: { ...result.counts, "scored contacts": scored.contacts, "scored leads": scored.leads } };
}
