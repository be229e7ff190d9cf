import type { Actor } from "../../access/actor";
import { AppError } from "../../errors";
import { scoreContactBatch } from "./contact-scores";
import { scoreLeadBatch } from "./lead-scores";
import { scoreOpportunityBatch } from "./opportunity-scores";
import { scorePolicyBatch } from "./policy-scores";
import { nextIds, type ScoredTable } from "./score-inputs";
import { idsInScope } from "./score-scope";
import type { ScoreEntityType } from "./write-scores";

// Recomputing scores: the whole organization in batches (the nightly job), or the records an
// event touched. Each batch is three statements — gather, upsert scores, update the denormalized
// columns — whatever its size, so memory stays flat in the organization's size and the time is
// linear in it. Contacts go first: a policy's renewal risk reads its contact's stored health.

export const scoreKinds = ["contacts", "policies", "leads", "opportunities"] as const;
export type ScoreKindGroup = (typeof scoreKinds)[number];

export const DEFAULT_SCORE_BATCH = 1_000;
const MAX_SCORE_BATCH = 5_000;

export interface RecomputeResult {
  contacts: number;
  policies: number;
  leads: number;
  opportunities: number;
  /**
   * Contacts that were scored before, not at risk then, and are at risk now. Empty when the caller
   * passed `onCrossedIntoAtRisk`, which receives them batch by batch instead.
   */
  crossedIntoAtRisk: string[];
}

/** Receives each batch's contacts that crossed into at risk, so a whole-organization run keeps no list. */
export type CrossedIntoAtRiskHandler = (contactIds: string[]) => Promise<void> | void;

function batchSizeOf(batchSize: number | undefined): number {
  const size = batchSize ?? DEFAULT_SCORE_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SCORE_BATCH) {
    throw new AppError("VALIDATION_ERROR", `batchSize must be a whole number from 1 to ${MAX_SCORE_BATCH}`, { fieldErrors: { batchSize: ["Out of range"] } });
  }
  return size;
}

async function scoreBatch(kind: ScoreKindGroup, organizationId: string, ids: string[], now: Date, result: RecomputeResult, onCrossed?: CrossedIntoAtRiskHandler) {
  switch (kind) {
    case "contacts": {
      const batch = await scoreContactBatch(organizationId, ids, now);
      result.contacts += batch.count;
      if (onCrossed) {
        if (batch.crossedIntoAtRisk.length > 0) await onCrossed(batch.crossedIntoAtRisk);
      } else {
        for (const id of batch.crossedIntoAtRisk) result.crossedIntoAtRisk.push(id);
      }
      return;
    }
    case "policies":
      result.policies += await scorePolicyBatch(organizationId, ids, now);
      return;
    case "leads":
      result.leads += await scoreLeadBatch(organizationId, ids, now);
      return;
    case "opportunities":
      result.opportunities += await scoreOpportunityBatch(organizationId, ids, now);
      return;
  }
}

const emptyResult = (): RecomputeResult => ({ contacts: 0, policies: 0, leads: 0, opportunities: 0, crossedIntoAtRisk: [] });

/** Every score of the organization (or of the kinds named), as the system or an admin. */
export async function recomputeOrganizationScores({
  actor,
  kinds = scoreKinds,
  batchSize,
  now = new Date(),
  onCrossedIntoAtRisk,
}: {
  actor: Actor;
  kinds?: readonly ScoreKindGroup[];
  batchSize?: number;
  now?: Date;
  onCrossedIntoAtRisk?: CrossedIntoAtRiskHandler;
}): Promise<RecomputeResult> {
  if (actor.kind !== "system" && actor.role !== "admin") throw new AppError("FORBIDDEN", "Only an admin or the system recomputes an organization's scores");
  const size = batchSizeOf(batchSize);
  const result = emptyResult();
  for (const kind of scoreKinds.filter((item) => kinds.includes(item))) {
    let after: string | null = null;
    for (;;) {
      const ids = await nextIds(kind satisfies ScoredTable, actor.organizationId, after, size);
      if (ids.length === 0) break;
      await scoreBatch(kind, actor.organizationId, ids, now, result, onCrossedIntoAtRisk);
      after = ids.at(-1)!;
      if (ids.length < size) break;
    }
  }
  return result;
}

const entityOf: Record<ScoreKindGroup, ScoreEntityType> = { contacts: "contact", policies: "policy", leads: "lead", opportunities: "opportunity" };

async function rescore(kind: ScoreKindGroup, { actor, ids, now = new Date() }: { actor: Actor; ids: string[]; now?: Date }): Promise<RecomputeResult> {
  const inScope = await idsInScope(actor, entityOf[kind], [...new Set(ids)]);
  const result = emptyResult();
  for (let start = 0; start < inScope.length; start += DEFAULT_SCORE_BATCH) {
    await scoreBatch(kind, actor.organizationId, inScope.slice(start, start + DEFAULT_SCORE_BATCH), now, result);
  }
  return result;
}

/** Event-driven recomputes: the records an event touched, within the actor's record scope. */
export const rescoreContacts = (options: { actor: Actor; ids: string[]; now?: Date }) => rescore("contacts", options);
export const rescoreLeads = (options: { actor: Actor; ids: string[]; now?: Date }) => rescore("leads", options);
export const rescoreOpportunities = (options: { actor: Actor; ids: string[]; now?: Date }) => rescore("opportunities", options);
export const rescorePolicies = (options: { actor: Actor; ids: string[]; now?: Date }) => rescore("policies", options);
