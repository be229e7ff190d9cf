import { db, type ClaimStatus, type Prisma } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { policyScope } from "../../../access/scopes/policy-scope";
import { AppError, fieldError, notFound } from "../../../errors";
import { auditedTransaction } from "../../audit/audited-transaction";
import { createNotifications, type NotificationInput } from "../../notifications/notify";
import { rescorePolicies } from "../../scores";
import { withNextClaimSequence, claimNumberOf } from "./claim-number";
import { claimSelect, toClaim } from "./claim-select";
import { illegalClaimTransitionMessage, isLegalClaimTransition } from "./claim-transitions";
import { findClaimInScope } from "./get-claim";

// Filing and moving claims. The policy's owner (its contact's owner) hears about every change
// someone else makes; the policy is rescored after commit, since claims in its term feed its
// renewal risk.

/** Calendar dates are stored as @db.Date: the UTC day of a moment. */
const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

function claimNotice(actor: UserActor, ownerId: string | null, claim: { id: string; claimNumber: string }, title: string, message: string): NotificationInput[] {
  if (!ownerId || ownerId === actor.userId) return [];
  return [
    {
      organizationId: actor.organizationId,
      userId: ownerId,
      type: "claim",
      title: `${claim.claimNumber}: ${title}`,
      message,
      actionUrl: `/renewals/claims?claim=${claim.id}`,
      data: { claimId: claim.id, claimNumber: claim.claimNumber, by: actor.userId },
    },
  ];
}

export interface CreateClaimInput {
  actor: UserActor;
  policyId?: string;
  policyNumber?: string;
  claimType: string;
  claimAmount: number;
  description: string;
  incidentDate: Date;
}

async function findPolicyForClaim(actor: UserActor, policyId?: string, policyNumber?: string) {
  const where: Prisma.PolicyWhereInput = policyId ? { id: requireId(policyId, "policyId") } : { policyNumber: policyNumber?.trim() ?? "" };
  const policy = await db.policy.findFirst({
    where: within(policyScope(actor), where),
    select: { id: true, policyNumber: true, contact: { select: { ownerId: true } } },
  });
  if (!policy) throw notFound("Policy");
  return policy;
}

export async function createClaim({ actor, policyId, policyNumber, claimType, claimAmount, description, incidentDate }: CreateClaimInput) {
  const policy = await findPolicyForClaim(actor, policyId, policyNumber);
  const now = new Date();
  const year = now.getUTCFullYear();
  const { claim, announce } = await withNextClaimSequence(actor.organizationId, year, async (tx, sequence) => {
    const created = await tx.claim.create({
      data: {
        organizationId: actor.organizationId,
        policyId: policy.id,
        claimNumber: claimNumberOf(year, sequence),
        year,
        sequence,
        claimType,
        claimAmount,
        description,
        incidentDate: utcDay(incidentDate),
        reportedDate: utcDay(now),
        createdById: actor.userId,
        statusChangedAt: now,
      },
      select: claimSelect,
    });
    const notices = claimNotice(actor, policy.contact.ownerId, created, "claim filed", `${actor.name} filed a ${claimType} claim of ${claimAmount.toFixed(2)} on policy ${policy.policyNumber}.`);
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { claim: created, announce: announceNotices };
  });
  await announce();
  await rescorePolicies({ actor, ids: [policy.id] });
  return toClaim(claim);
}

export interface UpdateClaimStatusInput {
  actor: UserActor;
  id: string;
  status: ClaimStatus;
  /** Required when settling. */
  settlementAmount?: number;
  /** When settling; defaults to today. */
  settlementDate?: Date;
  /** Why (a rejection's reason, a decision's note); kept on the claim. */
  note?: string;
}

export async function updateClaimStatus({ actor, id, status, settlementAmount, settlementDate, note }: UpdateClaimStatusInput) {
  const claim = await findClaimInScope(actor, id);
  if (!isLegalClaimTransition(claim.status, status)) throw fieldError("status", illegalClaimTransitionMessage(claim.status, status));
  const settling = status === "settled";
  if (settling && settlementAmount === undefined) throw fieldError("settlementAmount", "A settled claim needs its settlement amount");
  if (!settling && (settlementAmount !== undefined || settlementDate !== undefined)) {
    throw fieldError(settlementAmount !== undefined ? "settlementAmount" : "settlementDate", "Settlement amount and date are recorded only when a claim is settled");
  }
  const now = new Date();
  const { updated, announce } = await auditedTransaction(async (tx) => {
    // Moves only from the status just read: of two people moving the same claim, the second is told.
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, status: claim.status },
      data: {
        status,
        statusChangedAt: now,
        ...(note !== undefined ? { decisionNote: note } : {}),
        ...(settling ? { settlementAmount, settlementDate: utcDay(settlementDate ?? now) } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", `${claim.claimNumber} was changed by someone else; reload it and try again`);
    const row = await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimSelect });
    const settled = settling ? ` Settlement ${settlementAmount!.toFixed(2)}.` : "";
    const notices = claimNotice(actor, claim.policy.contact.ownerId, claim, status.replace("_", " "), `${actor.name} moved the claim on policy ${claim.policy.policyNumber} from ${claim.status} to ${status}.${settled}${note ? ` ${note}` : ""}`);
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { updated: row, announce: announceNotices };
  });
  await announce();
  await rescorePolicies({ actor, ids: [claim.policyId] });
  return toClaim(updated);
}
