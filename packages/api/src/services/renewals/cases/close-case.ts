import type { Prisma, RenewalLostReason } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { systemActor } from "../../../access/actor";
import { rescorePolicies } from "../../scores";
import { publishCaseChanges } from "./case-events";
import { recordCaseEvents } from "./case-timeline";
import { assertOpen, inCaseTransaction, lockCaseInScope, type CaseState } from "./find-case";
import { getCase } from "./get-case";
import { calendarDay, nextTerm } from "./policy-term";

// A case closes as renewed or lost (status `failed`, spec 001's name), and the CRM policy follows
// in the same transaction: renewed → the policy's next term (dates from the renewal date, the
// renewal premium and carrier); lost → the policy is not renewed (status expired, no renewal date).

export const lostReasonLabels: Record<RenewalLostReason, string> = {
  price: "price",
  service: "service",
  coverage: "coverage",
  moved: "customer moved",
  other: "other",
};

export interface RenewOptions {
  premium?: number | undefined;
  effectiveDate?: Date | undefined;
}

export async function renewWithin(tx: Prisma.TransactionClient, actor: Actor, state: CaseState, { premium, effectiveDate }: RenewOptions, now = new Date()) {
  assertOpen(state, "renewed");
  const renewalPremium = premium ?? (state.renewalPremium === null ? Number(state.priorPremium) : Number(state.renewalPremium));
  const term = nextTerm({ priorStartDate: state.priorStartDate, priorEndDate: state.priorEndDate, effectiveDate: effectiveDate ?? state.renewalDate });
  await tx.policy.update({
    where: { id: state.policyId },
    data: {
      startDate: term.startDate,
      endDate: term.endDate,
      renewalDate: term.endDate,
      premium: renewalPremium,
      status: "active",
      ...(state.renewalCarrier ? { carrier: state.renewalCarrier } : {}),
    },
  });
  await tx.renewalCase.update({
    where: { id: state.id },
    data: { status: "renewed", renewalPremium, premium: renewalPremium, closedAt: now },
  });
  const dates = `${calendarDay(term.startDate).toISOString().slice(0, 10)} to ${term.endDate.toISOString().slice(0, 10)}`;
  await recordCaseEvents(
    tx,
    actor,
    [{ caseId: state.id, type: "renewed", title: "Renewed", detail: `New term ${dates} at ${renewalPremium.toFixed(2)}`, data: { from: state.status, premium: renewalPremium, startDate: term.startDate.toISOString(), endDate: term.endDate.toISOString() } }],
    now,
  );
  return { policyId: state.policyId };
}

export async function loseWithin(tx: Prisma.TransactionClient, actor: Actor, state: CaseState, { reason, note }: { reason: RenewalLostReason; note?: string | null | undefined }, now = new Date()) {
  assertOpen(state, "marked lost");
  await tx.policy.update({ where: { id: state.policyId }, data: { status: "expired", renewalDate: null } });
  await tx.renewalCase.update({ where: { id: state.id }, data: { status: "failed", lostReason: reason, lostNote: note ?? null, closedAt: now } });
  await recordCaseEvents(tx, actor, [{ caseId: state.id, type: "lost", title: `Lost: ${lostReasonLabels[reason]}`, detail: note ?? null, data: { from: state.status, reason } }], now);
  return { policyId: state.policyId };
}

/** The policy's renewal risk follows its new term or status (read back through services/scores). */
export async function rescoreClosedPolicy(actor: Actor, policyId: string) {
  await rescorePolicies({ actor: systemActor(actor.organizationId, "renewals.case-closed"), ids: [policyId] });
}

/** Closes one case (`close` runs on it locked, in its transaction), then announces it, rescores its policy and returns it. */
async function closeCase(actor: Actor, id: string, close: (tx: Prisma.TransactionClient, state: CaseState) => Promise<{ policyId: string }>) {
  const { policyId, caseId } = await inCaseTransaction(async (tx) => {
    const state = await lockCaseInScope(tx, actor, id);
    return { ...(await close(tx, state)), caseId: state.id };
  });
  await publishCaseChanges(actor.organizationId, [{ id: caseId, change: "closed" }]);
  await rescoreClosedPolicy(actor, policyId);
  return getCase({ actor, id });
}

export function markRenewed({ actor, id, premium, effectiveDate }: { actor: Actor; id: string } & RenewOptions) {
  return closeCase(actor, id, (tx, state) => renewWithin(tx, actor, state, { premium, effectiveDate }));
}

export function markLost({ actor, id, reason, note }: { actor: Actor; id: string; reason: RenewalLostReason; note?: string | undefined }) {
  return closeCase(actor, id, (tx, state) => loseWithin(tx, actor, state, { reason, note }));
}
