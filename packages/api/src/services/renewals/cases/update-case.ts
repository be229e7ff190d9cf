import type { Prisma, RenewalCaseStatus, RenewalLostReason, RenewalPaymentStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { loseWithin, renewWithin, rescoreClosedPolicy } from "./close-case";
import { publishCaseChanges } from "./case-events";
import { recordCaseEvents, type CaseEventInput } from "./case-timeline";
import { assertOpen, inCaseTransaction, lockCaseInScope } from "./find-case";
import { getCase, type CoverageLine } from "./get-case";

// The fields of a case an agent edits. Each change lands on the timeline in the same transaction:
// one entry for the status, one for the payment, one for the rest. Moving a case to renewed or
// failed closes it exactly as markRenewed / markLost do (the policy follows).

export interface UpdateCaseInput {
  actor: Actor;
  id: string;
  status?: RenewalCaseStatus | undefined;
  lostReason?: RenewalLostReason | undefined;
  paymentStatus?: RenewalPaymentStatus | undefined;
  paymentMethod?: string | null | undefined;
  paymentDate?: Date | null | undefined;
  paymentAmount?: number | null | undefined;
  renewalPremium?: number | null | undefined;
  renewalCarrier?: string | null | undefined;
  coverages?: CoverageLine[] | undefined;
  notes?: string | null | undefined;
}

export const statusLabels: Record<RenewalCaseStatus, string> = {
  new: "New",
  in_progress: "In progress",
  pending_action: "Pending action",
  renewed: "Renewed",
  failed: "Lost",
};

export async function updateCase({ actor, id, status, lostReason, paymentStatus, paymentMethod, paymentDate, paymentAmount, renewalPremium, renewalCarrier, coverages, notes }: UpdateCaseInput) {
  const { closedPolicy, caseId, changed } = await inCaseTransaction(async (tx) => {
    const state = await lockCaseInScope(tx, actor, id);
    const data: Prisma.RenewalCaseUpdateInput = {};
    const events: CaseEventInput[] = [];
    const payment: Prisma.RenewalCaseUpdateInput = {
      ...(paymentStatus !== undefined ? { paymentStatus } : {}),
      ...(paymentMethod !== undefined ? { paymentMethod } : {}),
      ...(paymentDate !== undefined ? { paymentDate } : {}),
      ...(paymentAmount !== undefined ? { paymentAmount } : {}),
    };
    if (Object.keys(payment).length > 0) {
      Object.assign(data, payment);
      const amount = paymentAmount ?? (state.paymentAmount === null ? null : Number(state.paymentAmount));
      events.push({
        caseId: state.id,
        type: "payment",
        title: `Payment ${paymentStatus ?? state.paymentStatus}`,
        detail: [amount === null ? null : amount.toFixed(2), paymentMethod ?? null].filter(Boolean).join(" · ") || null,
        data: { ...(paymentStatus ? { paymentStatus } : {}), ...(paymentAmount !== undefined ? { paymentAmount } : {}) },
      });
    }
    const other: string[] = [];
    if (renewalPremium !== undefined) {
      assertOpen(state, "requoted");
      data.renewalPremium = renewalPremium;
      data.premium = renewalPremium ?? state.priorPremium;
      other.push("renewal premium");
    }
    if (renewalCarrier !== undefined) {
      data.renewalCarrier = renewalCarrier;
      other.push("renewal carrier");
    }
    if (coverages !== undefined) {
      data.coverages = coverages as unknown as Prisma.InputJsonArray;
      other.push("coverages");
    }
    if (notes !== undefined) {
      data.notes = notes;
      other.push("notes");
    }
    if (other.length > 0) events.push({ caseId: state.id, type: "updated", title: "Case updated", detail: `Changed ${other.join(", ")}`, data: { fields: other } });
    const reopening = status !== undefined && status !== state.status;
    if (reopening && status !== "renewed" && status !== "failed") {
      assertOpen(state, `moved to ${statusLabels[status]}`);
      data.status = status;
      events.push({ caseId: state.id, type: "status_changed", title: `Status: ${statusLabels[status]}`, data: { from: state.status, to: status } });
    }
    if (Object.keys(data).length > 0) await tx.renewalCase.update({ where: { id: state.id }, data });
    await recordCaseEvents(tx, actor, events);
    const done = (closedPolicy: string | null) => ({ closedPolicy, caseId: state.id, changed: events.length > 0 || closedPolicy !== null });
    if (!reopening) return done(null);
    const refreshed = { ...state, ...(data.renewalPremium !== undefined ? { renewalPremium: (await tx.renewalCase.findUniqueOrThrow({ where: { id: state.id }, select: { renewalPremium: true } })).renewalPremium } : {}) };
    if (status === "renewed") return done((await renewWithin(tx, actor, refreshed, {})).policyId);
    if (status === "failed") return done((await loseWithin(tx, actor, refreshed, { reason: lostReason ?? "other" })).policyId);
    return done(null);
  });
  if (changed) await publishCaseChanges(actor.organizationId, [{ id: caseId, change: closedPolicy ? "closed" : "updated" }]);
  if (closedPolicy) await rescoreClosedPolicy(actor, closedPolicy);
  return getCase({ actor, id });
}
