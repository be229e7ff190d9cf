import { db, type Prisma, type Priority, type TicketStatus } from "@harbor/db";
import { announceTrashChange, trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import type { Actor, UserActor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { within } from "../../../access/organization-scope";
import { fieldError } from "../../../errors";
import { publish } from "../../../realtime";
import { createNotifications, type NotificationInput } from "../../notifications/notify";
import { assertAssignableUser } from "../../../access/assignable-user";
import { findTicketInScope } from "./get-ticket";
import { ticketListSelect, ticketMessageSelect } from "./ticket-select";
import { withNextTicketNumber } from "./ticket-number";
import { recordActivity } from "../activities";

// Creating, answering and changing tickets (numbering: ticket-number.ts). The assignee hears
// about changes someone else makes to their ticket; everyone watching hears ticket:updated after
// the commit.

export const ticketLabel = (number: number) => `TCK-${number}`;

/** A ticket's event on its contact's timeline, in the change's transaction; nothing for a ticket without a contact. */
function logTicketEvent(
  tx: Prisma.TransactionClient,
  actor: Actor,
  ticket: { id: string; number: number; contactId: string | null },
  title: string,
  description: string | null = null,
) {
  if (!ticket.contactId) return Promise.resolve(null);
  return recordActivity(tx, { actor, type: "ticket", title: `${ticketLabel(ticket.number)}: ${title}`, description, contactId: ticket.contactId, metadata: { ticketId: ticket.id } });
}

type TicketChange = "created" | "replied" | "noted" | "updated";

function announceTicket(
  ticket: { id: string; number: number; status: TicketStatus; priority: Priority; assigneeId: string | null },
  organizationId: string,
  change: TicketChange,
  userIds: (string | null | undefined)[],
) {
  return publish({
    name: "ticket:updated",
    organizationId,
    userIds: [...new Set(userIds.filter((id): id is string => Boolean(id)))],
    data: { id: ticket.id, number: ticket.number, status: ticket.status, priority: ticket.priority, assigneeId: ticket.assigneeId, change },
  });
}

function ticketNotice(actor: UserActor, userId: string, ticket: { id: string; number: number; subject: string }, title: string, message: string): NotificationInput {
  return {
    organizationId: actor.organizationId,
    userId,
    type: "ticket",
    title: `${ticketLabel(ticket.number)}: ${title}`,
    message,
    actionUrl: `/crm/tickets/${ticket.id}`,
    data: { ticketId: ticket.id, number: ticket.number, by: actor.userId },
  };
}

async function assertContactInReach(actor: UserActor, contactId: string) {
  const contact = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: contactId }), select: { id: true } });
  if (!contact) throw fieldError("contactId", "No contact with this id that you can see");
}

export interface CreateTicketInput {
  actor: UserActor;
  subject: string;
  body: string;
  contactId?: string | null;
  priority?: Priority;
  category?: string | null;
  assigneeId?: string | null;
}

export async function createTicket({ actor, subject, body, contactId, priority, category, assigneeId }: CreateTicketInput) {
  if (contactId) await assertContactInReach(actor, contactId);
  if (assigneeId) await assertAssignableUser(actor, assigneeId, "assigneeId");
  const { ticket, announce } = await withNextTicketNumber(actor.organizationId, async (tx, number) => {
    const now = new Date();
    const created = await tx.ticket.create({
      data: {
        organizationId: actor.organizationId,
        number,
        subject,
        category: category ?? null,
        priority: priority ?? "medium",
        contactId: contactId ?? null,
        assigneeId: assigneeId ?? null,
        createdById: actor.userId,
        lastMessageAt: now,
        messages: { create: { organizationId: actor.organizationId, authorId: actor.userId, body, internal: false, createdAt: now } },
      },
      select: { ...ticketListSelect, createdById: true, assigneeId: true },
    });
    await logTicketEvent(tx, actor, { ...created, contactId: contactId ?? null }, `opened "${subject}"`);
    const notices =
      created.assigneeId && created.assigneeId !== actor.userId
        ? [ticketNotice(actor, created.assigneeId, created, "assigned to you", `${actor.name} opened "${subject}" and assigned it to you.`)]
        : [];
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { ticket: created, announce: announceNotices };
  });
  await announce();
  await announceTicket(ticket, actor.organizationId, "created", [ticket.assigneeId, ticket.createdById]);
  const { createdById: _createdBy, assigneeId: _assignee, ...result } = ticket;
  return result;
}

/** A reply to the client, or (internal: true) a note only the team sees. */
export async function replyToTicket({ actor, id, body, internal }: { actor: UserActor; id: string; body: string; internal: boolean }) {
  const ticket = await findTicketInScope(actor, id);
  const { message, announce } = await auditedTransaction(async (tx) => {
    const now = new Date();
    const created = await tx.ticketMessage.create({
      data: { organizationId: actor.organizationId, ticketId: ticket.id, authorId: actor.userId, body, internal, createdAt: now },
      select: ticketMessageSelect,
    });
    await tx.ticket.update({ where: { id: ticket.id }, data: { lastMessageAt: now } });
    // Internal notes are the team's, not the client's history.
    if (!internal) await logTicketEvent(tx, actor, ticket, "replied to the client", body.slice(0, 500));
    const notices =
      ticket.assigneeId && ticket.assigneeId !== actor.userId
        ? [ticketNotice(actor, ticket.assigneeId, ticket, internal ? "internal note" : "new reply", `${actor.name} ${internal ? "added a note" : "replied"}: ${body.slice(0, 140)}`)]
        : [];
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { message: created, announce: announceNotices };
  });
  await announce();
  await announceTicket(ticket, actor.organizationId, internal ? "noted" : "replied", [ticket.assigneeId, ticket.createdById]);
  return message;
}

export interface UpdateTicketInput {
  actor: UserActor;
  id: string;
  status?: TicketStatus;
  priority?: Priority;
  /** null unassigns the ticket. */
  assigneeId?: string | null;
  category?: string | null;
}

function resolvedAtFor(status: TicketStatus | undefined, current: { status: TicketStatus; resolvedAt: Date | null }, now: Date) {
  if (status === undefined || status === current.status) return undefined;
  if (status === "resolved" || status === "closed") return current.resolvedAt ?? now;
  return null;
}

/** Moves a ticket to the trash (crm:delete) with its messages; its number is never reused. */
export async function deleteTicket({ actor, id }: { actor: Actor; id: string }) {
  const ticket = await findTicketInScope(actor, id);
  await auditedTransaction((tx) => tx.ticket.update({ where: { id: ticket.id }, data: trashMark(actor), select: { id: true } }));
  await announceTrashChange(actor, "ticket", ticket.id, "deleted");
  return { id: ticket.id };
}

export async function updateTicket({ actor, id, status, priority, assigneeId, category }: UpdateTicketInput) {
  const ticket = await findTicketInScope(actor, id);
  const reassigned = assigneeId !== undefined && assigneeId !== ticket.assigneeId;
  if (reassigned && assigneeId) await assertAssignableUser(actor, assigneeId, "assigneeId");

  const data: Prisma.TicketUncheckedUpdateInput = {};
  const changes: string[] = [];
  const now = new Date();
  if (status !== undefined && status !== ticket.status) {
    data.status = status;
    data.resolvedAt = resolvedAtFor(status, ticket, now);
    changes.push(`status ${ticket.status} → ${status}`);
  }
  if (priority !== undefined && priority !== ticket.priority) {
    data.priority = priority;
    changes.push(`priority ${ticket.priority} → ${priority}`);
  }
  if (category !== undefined && category !== ticket.category) {
    data.category = category;
    changes.push(category ? `category ${category}` : "category cleared");
  }
  if (reassigned) {
    data.assigneeId = assigneeId;
    changes.push(assigneeId ? "reassigned" : "unassigned");
  }

  if (changes.length === 0) {
    return db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: ticketListSelect });
  }
  const { updated, announce } = await auditedTransaction(async (tx) => {
    const row = await tx.ticket.update({ where: { id: ticket.id }, data, select: { ...ticketListSelect, assigneeId: true } });
    await logTicketEvent(tx, actor, ticket, changes.join(", "));
    const notices: NotificationInput[] = [];
    if (reassigned && assigneeId && assigneeId !== actor.userId) {
      notices.push(ticketNotice(actor, assigneeId, ticket, "assigned to you", `${actor.name} assigned "${ticket.subject}" to you.`));
    }
    if (ticket.assigneeId && ticket.assigneeId !== actor.userId) {
      notices.push(ticketNotice(actor, ticket.assigneeId, ticket, "updated", `${actor.name} changed your ticket: ${changes.join(", ")}.`));
    }
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { updated: row, announce: announceNotices };
  });
  await announce();
  await announceTicket(updated, actor.organizationId, "updated", [updated.assigneeId, ticket.assigneeId, ticket.createdById]);
  const { assigneeId: _assignee, ...result } = updated;
  return result;
}
