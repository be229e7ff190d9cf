import { Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { auditedTransaction } from "../../audit";
import { findContactInScope } from "./contact-record";

// A person's right to erasure (crm.contacts.erase, person-data:erase): the contact stays, as
// "Erased contact", so the agency's figures (policies and their premiums, deals and their values,
// counts of activities, tickets and tasks) still add up, but every personal field is cleared and
// every free text written about the person is redacted — on the contact, its timeline, its deals,
// tasks, tickets and their messages, appointments and the leads it was converted from. One
// transaction, with its audit row. Kept on purpose: do-not-contact entries (the agency must go on
// honouring them) and the audit log (append-only; see SECURITY.md).

export const ERASED_NAME = "Erased contact";
export const REDACTED = "[redacted]";

export interface ErasedContact {
  id: string;
  name: string;
  /** Rows whose text was redacted, per table. */
  redacted: Record<"activities" | "opportunities" | "tasks" | "tickets" | "ticketMessages" | "appointments" | "convertedLeads" | "insights", number>;
}

export async function eraseContact({ actor, id }: { actor: Actor; id: string }): Promise<ErasedContact> {
  const contact = await findContactInScope(actor, id);
  const organizationId = actor.organizationId;
  const aboutContact = { organizationId, OR: [{ contactId: contact.id }, { opportunity: { is: { contactId: contact.id } } }] };
  return auditedTransaction(async (tx) => {
    await tx.contact.update({
      where: { id: contact.id },
      data: {
        name: ERASED_NAME,
        email: null,
        phone: null,
        company: null,
        title: null,
        customerCode: null,
        dateOfBirth: null,
        address: Prisma.DbNull,
        notes: null,
        tags: [],
        communicationPreferences: Prisma.DbNull,
      },
    });
    const tickets = await tx.ticket.findMany({ where: { organizationId, contactId: contact.id }, select: { id: true } });
    const ticketIds = tickets.map((ticket) => ticket.id);
    // One statement after another: an interactive transaction runs on one connection.
    const activities = await tx.activity.updateMany({ where: aboutContact, data: { title: REDACTED, description: null, outcome: null, nextStep: null, metadata: Prisma.DbNull } });
    const opportunities = await tx.opportunity.updateMany({
      where: { organizationId, contactId: contact.id },
      data: { title: `Deal of ${ERASED_NAME.toLowerCase()}`, description: null, competitor: null, riskFactors: [], positiveSignals: [], tags: [] },
    });
    const tasks = await tx.task.updateMany({ where: aboutContact, data: { title: REDACTED, description: null } });
    const ticketRows = await tx.ticket.updateMany({ where: { id: { in: ticketIds } }, data: { subject: REDACTED } });
    const ticketMessages = await tx.ticketMessage.updateMany({ where: { organizationId, ticketId: { in: ticketIds } }, data: { body: REDACTED } });
    const appointments = await tx.appointment.updateMany({
      where: { organizationId, contactId: contact.id },
      data: { title: REDACTED, description: null, location: null, meetingLink: null },
    });
    const convertedLeads = await tx.lead.updateMany({
      where: { organizationId, convertedContactId: contact.id },
      data: { name: ERASED_NAME, email: null, phone: null, company: null, jobTitle: null, city: null, notes: null, tags: [] },
    });
    const insights = await tx.recordInsight.deleteMany({ where: { organizationId, entityType: "contact", entityId: contact.id } });
    return {
      id: contact.id,
      name: ERASED_NAME,
      redacted: {
        activities: activities.count,
        opportunities: opportunities.count,
        tasks: tasks.count,
        tickets: ticketRows.count,
        ticketMessages: ticketMessages.count,
        appointments: appointments.count,
        convertedLeads: convertedLeads.count,
        insights: insights.count,
      },
    };
  });
}
