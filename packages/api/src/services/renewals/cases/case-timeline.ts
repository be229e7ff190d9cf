import type { Prisma, RenewalCaseEventType } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { summarySelect } from "../../summary-select";

// The case timeline: each change writes its entry in the transaction that makes the change, with
// who (the user; null for the system, whose reason is kept in data) and when.

export interface CaseEventInput {
  caseId: string;
  type: RenewalCaseEventType;
  title: string;
  detail?: string | null;
  data?: Prisma.InputJsonObject;
}

export function caseEventRow(actor: Actor, { caseId, type, title, detail, data }: CaseEventInput, occurredAt = new Date()): Prisma.RenewalCaseEventCreateManyInput {
  return {
    organizationId: actor.organizationId,
    caseId,
    actorId: actor.kind === "user" ? actor.userId : null,
    type,
    title,
    detail: detail ?? null,
    data: actor.kind === "system" ? { ...data, system: actor.reason } : (data ?? {}),
    occurredAt,
  };
}

export async function recordCaseEvents(tx: Prisma.TransactionClient, actor: Actor, events: CaseEventInput[], occurredAt = new Date()) {
  if (events.length === 0) return;
  await tx.renewalCaseEvent.createMany({ data: events.map((event) => caseEventRow(actor, event, occurredAt)) });
}

export const caseEventSelect = {
  id: true,
  type: true,
  title: true,
  detail: true,
  occurredAt: true,
  actor: summarySelect,
} as const satisfies Prisma.RenewalCaseEventSelect;
