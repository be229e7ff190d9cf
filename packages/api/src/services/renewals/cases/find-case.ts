import type { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { renewalCaseScope } from "../../../access/scopes/renewal-case-scope";
import { AppError, notFound } from "../../../errors";
import { auditedTransaction } from "../../audit/audited-transaction";

// The case a change is about, within the actor's scope (outside it: NOT_FOUND), read inside the
// change's transaction with its row locked, so two changes to one case apply one after the other.

export const caseStateSelect = {
  id: true,
  organizationId: true,
  caseNumber: true,
  status: true,
  priority: true,
  policyId: true,
  contactId: true,
  assigneeId: true,
  renewalDate: true,
  priorPremium: true,
  priorStartDate: true,
  priorEndDate: true,
  renewalPremium: true,
  renewalCarrier: true,
  paymentStatus: true,
  paymentAmount: true,
} as const satisfies Prisma.RenewalCaseSelect;

export type CaseState = Prisma.RenewalCaseGetPayload<{ select: typeof caseStateSelect }>;

export async function lockCaseInScope(tx: Prisma.TransactionClient, actor: Actor, id: string): Promise<CaseState> {
  const found = await tx.renewalCase.findFirst({ where: within(renewalCaseScope(actor), { id: requireId(id) }), select: { id: true } });
  if (!found) throw notFound("Renewal case");
  await tx.$executeRaw`SELECT 1 FROM renewal_cases WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.renewalCase.findUniqueOrThrow({ where: { id: found.id }, select: caseStateSelect });
}

export const isClosed = (status: CaseState["status"]) => status === "renewed" || status === "failed";

export function assertOpen(state: CaseState, doing: string) {
  if (isClosed(state.status)) {
    throw new AppError("VALIDATION_ERROR", `Case ${state.caseNumber} is closed (${state.status === "renewed" ? "renewed" : "lost"}); it cannot be ${doing}`);
  }
}

/** A change within a transaction, with the procedure's audit row (30 s: a case's policy is written in the same transaction). */
export function inCaseTransaction<T>(run: (tx: Prisma.TransactionClient) => Promise<T>) {
  return auditedTransaction(run, { timeout: 30_000 });
}
