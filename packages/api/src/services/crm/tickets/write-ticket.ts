import { db, type Prisma, type Priority, type TicketStatus } from "@harbor/db";
import { announceTrashChange, trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import type { Actor, UserActor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { within } from "../../../access/organization-scope";
import { AppError, fieldError } from "../../../errors";
import { sendMail } from "../../mail";
import { assertPersonContactable } from "../dnc";
import { publish } from "../../../realtime";
import { createNotifications, type NotificationInput } from "../../notifications/notify";
import { assertAssignableUser } from "../../../access/assignable-user";
import { findTicketInScope } from "./get-ticket";
import { ticketListSelect, ticketMessageSelect, toTicketMessage } from "./ticket-select";
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

/**
 * The reply's email: "[TCK-123] <subject>", so that inbound mail (not built yet) can find the
 * ticket a client's answer belongs to from the label in its subject.
 */
export const ticketReplySubject = (ticket: { number: number; subject: string }) => `[${ticketLabel(ticket.number)}] ${ticket.subject}`;

const INTERNAL_NOTE_HINT = "Nothing was sent or saved; post it as an internal note instead.";

/**
 * The address a reply to the client goes to, checked where it is sent: the ticket's contact must
 * have an email address and be contactable by email (not on the do-not-contact list, no "dnc"
 * tag). Refusals name `internal`, the input that turns the reply into a note.
 */
async function clientAddressFor(tx: Prisma.TransactionClient, organizationId: string, ticket: { contactId: string | null }) {
  const contact = ticket.contactId
    ? await tx.contact.findFirst({ where: { id: ticket.contactId, organizationId }, select: { name: true, email: true } })
    : null;
  if (!contact) throw fieldError("internal", `This ticket has no client to email. ${INTERNAL_NOTE_HINT}`);
  if (!contact.email) throw fieldError("internal", `${contact.name} has no email address to send the reply to. ${INTERNAL_NOTE_HINT}`);
  try {
    await assertPersonContactable({ organizationId, contactId: ticket.contactId, channel: "email", field: "internal", reader: tx });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fieldErrors = Object.fromEntries(Object.entries(error.details?.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((message) => `${message}. ${INTERNAL_NOTE_HINT}`)]));
    throw new AppError(error.code, `${error.message}. ${INTERNAL_NOTE_HINT}`, { fieldErrors });
  }
  return contact.email;
}

/**
 * A reply to the client, or (internal: true) a note only the team sees. A reply is emailed to the
 * ticket's contact through the one mail sender after the reply has committed, and the mail is then
 * linked to it, so its delivery (sent, or failed with the server's answer) shows on the thread.
 */
export async function replyToTicket({ actor, id, body, internal }: { actor: UserActor; id: string; body: string; internal: boolean }) {
  const ticket = await findTicketInScope(actor, id);
  const { message, to, announce } = await auditedTransaction(async (tx) => {
    const clientAddress = internal ? null : await clientAddressFor(tx, actor.organizationId, ticket);
    const now = new Date();
    const created = await tx.ticketMessage.create({
      data: { organizationId: actor.organizationId, ticketId: ticket.id, authorId: actor.userId, body, internal, createdAt: now },
      select: { id: true },
    });
    await tx.ticket.update({ where: { id: ticket.id }, data: { lastMessageAt: now } });
    // Internal notes are the team's, not the client's history.
    if (!internal) await logTicketEvent(tx, actor, ticket, "replied to the client", body.slice(0, 500));
    const notices =
      ticket.assigneeId && ticket.assigneeId !== actor.userId
        ? [ticketNotice(actor, ticket.assigneeId, ticket, internal ? "internal note" : "new reply", `${actor.name} ${internal ? "added a note" : "replied"}: ${body.slice(0, 140)}`)]
        : [];
    const { announce: announceNotices } = await createNotifications(tx, notices);
    return { message: created, to: clientAddress, announce: announceNotices };
  });
  if (to) {
    const mail = await sendMail({ organizationId: actor.organizationId, to, subject: ticketReplySubject(ticket), text: body, kind: "ticket_reply" });
    await auditedTransaction((tx) => tx.ticketMessage.update({ where: { id: message.id }, data: { mailId: mail.id }, select: { id: true } }));
  }
  await announce();
  await announceTicket(ticket, actor.organizationId, internal ? "noted" : "replied", [ticket.assigneeId, ticket.createdById]);
  return toTicketMessage(await db.ticketMessage.findUniqueOrThrow({ where: { id: message.id }, select: ticketMessageSelect }));
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
