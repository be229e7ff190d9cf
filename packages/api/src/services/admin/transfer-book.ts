import type { Prisma, RenewalCaseStatus } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { live } from "../../access/scopes/live-record";
import { notifyReceiver, recordTimeline, setOwner, type BulkEntity } from "../crm/bulk";
import { openStages } from "../crm/opportunities";
import { recordCaseEvents } from "../renewals/cases";

// A producer's book handed to a colleague when they leave (admin.users.deactivate with
// transferTo): their open leads, live contacts (with the contacts' policies), open deals, unfinished
// tasks and open renewal cases, in the caller's transaction — the deactivation's — with each
// moved lead, contact and deal saying so on its timeline, each case in its history, and one
// notification to the receiver.

const openLeadStatuses = ["new", "contacted", "qualified", "appointment_set", "proposal"] as const;
const openCaseStatuses: RenewalCaseStatus[] = ["new", "in_progress", "pending_action"];

export interface TransferredBook {
  leads: number;
  contacts: number;
  opportunities: number;
  tasks: number;
  renewalCases: number;
}

export async function transferBook(tx: Prisma.TransactionClient, actor: Actor, { from, to }: { from: { id: string; name: string }; to: { id: string; name: string } }) {
  const organizationId = actor.organizationId;
  const owned = { organizationId, ownerId: from.id, ...live };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const book: Record<Exclude<BulkEntity, "policy">, string[]> = {
    lead: ids(await tx.lead.findMany({ where: { ...owned, status: { in: [...openLeadStatuses] } }, select: { id: true } })),
    contact: ids(await tx.contact.findMany({ where: owned, select: { id: true } })),
    opportunity: ids(await tx.opportunity.findMany({ where: { ...owned, stage: { in: [...openStages] } }, select: { id: true } })),
    task: ids(await tx.task.findMany({ where: { organizationId, assigneeId: from.id, status: { not: "completed" } }, select: { id: true } })),
  };
  const title = `Assigned to ${to.name} (book of ${from.name})`;
  for (const [entity, recordIds] of Object.entries(book) as [keyof typeof book, string[]][]) {
    await setOwner(tx, organizationId, entity, recordIds, to.id);
    await recordTimeline(tx, actor, entity, "system", recordIds.map((id) => ({ id, title, metadata: { fromOwnerId: from.id, toOwnerId: to.id, reason: "deactivation" } })));
  }
  const cases = await tx.renewalCase.findMany({ where: { organizationId, assigneeId: from.id, status: { in: openCaseStatuses } }, select: { id: true } });
  if (cases.length > 0) {
    await tx.renewalCase.updateMany({ where: { organizationId, id: { in: ids(cases) } }, data: { assigneeId: to.id } });
    await recordCaseEvents(tx, actor, cases.map((renewalCase) => ({ caseId: renewalCase.id, type: "assigned" as const, title, detail: null, data: { from: from.id, to: to.id } })));
  }
  const transferred: TransferredBook = { leads: book.lead.length, contacts: book.contact.length, opportunities: book.opportunity.length, tasks: book.task.length, renewalCases: cases.length };
  const announce = await notifyReceiver(tx, actor, {
    userId: to.id,
    type: "book_transferred",
    received: { lead: transferred.leads, contact: transferred.contacts, opportunity: transferred.opportunities, task: transferred.tasks },
    message: `${from.name}'s book${cases.length > 0 ? ` and ${cases.length} open renewal case${cases.length === 1 ? "" : "s"}` : ""} moved to you when ${from.name} was deactivated.`,
  });
  return { transferred, announce };
}
