import { db } from "@harbor/db";
import { strToU8, zipSync } from "fflate";
import type { Actor } from "../../../access/actor";
import { requireId, within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { notFound } from "../../../errors";
import { writeRecordsCsv } from "../../export";
import { findDncMatches } from "../dnc";

// A person's right of access (crm.contacts.exportData, person-data:export): everything Harbor
// holds about one contact, as a zip of one JSON file (every section) and one CSV per section.
// "Everything held" includes records in the trash (their `deletedAt` is set), since they are
// still stored until purged. The contact itself must be live and within the caller's reach.

export interface ContactDataExport {
  filename: string;
  /** The zip, base64-encoded (it travels in a JSON answer). */
  contentBase64: string;
  byteCount: number;
  /** Rows per section, as in the zip's CSV files. */
  sections: Record<string, number>;
}

/** The sections of the export, in the order of the JSON file: each is one table's rows about the contact. */
export async function collectContactData(actor: Actor, id: string) {
  const contact = await db.contact.findFirst({ where: within(ownedRecordScope(actor), { id: requireId(id) }) });
  if (!contact) throw notFound("Contact");
  const organizationId = actor.organizationId;
  const aboutContact = { organizationId, OR: [{ contactId: contact.id }, { opportunity: { is: { contactId: contact.id } } }] };

  const [timeline, policies, opportunities, tasks, tickets, appointments, convertedLeads, files, dnc] = await Promise.all([
    db.activity.findMany({ where: aboutContact, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] }),
    db.policy.findMany({ where: { organizationId, contactId: contact.id }, orderBy: [{ startDate: "asc" }, { id: "asc" }] }),
    db.opportunity.findMany({ where: { organizationId, contactId: contact.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.task.findMany({ where: aboutContact, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.ticket.findMany({ where: { organizationId, contactId: contact.id }, orderBy: [{ number: "asc" }] }),
    db.appointment.findMany({ where: { organizationId, contactId: contact.id }, orderBy: [{ startAt: "asc" }, { id: "asc" }] }),
    db.lead.findMany({ where: { organizationId, convertedContactId: contact.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.storedFile.findMany({
      where: { organizationId, entityType: "contact", entityId: contact.id },
      select: { id: true, filename: true, contentType: true, sizeBytes: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    findDncMatches({ organizationId, emails: [contact.email], phones: [contact.phone] }),
  ]);
  const ticketMessages = await db.ticketMessage.findMany({
    where: { organizationId, ticketId: { in: tickets.map((ticket) => ticket.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const { communicationPreferences, tags } = contact;
  return {
    contact: [contact],
    activities: timeline.filter((activity) => activity.type !== "note"),
    notes: timeline.filter((activity) => activity.type === "note"),
    policies,
    opportunities,
    tasks,
    tickets,
    ticketMessages,
    appointments,
    convertedLeads,
    files,
    // Consent: the preferences stated on the contact and its tags, then the do-not-contact entries
    // that match its email address or phone number.
    consents: [{ communicationPreferences, tags }],
    doNotContact: dnc.entries,
  } satisfies Record<string, readonly object[]>;
}

/** JSON with money (Prisma's Decimal, which serializes as a string) as numbers. */
function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key, replaced: unknown) {
      const original = this[key];
      if (original && typeof original === "object" && "toNumber" in original && typeof original.toNumber === "function") return (original as { toNumber(): number }).toNumber();
      return replaced;
    },
    2,
  );
}

const fileNameOf = (section: string) => section.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export async function exportContactData({ actor, id, now = new Date() }: { actor: Actor; id: string; now?: Date }): Promise<ContactDataExport> {
  const data = await collectContactData(actor, id);
  const contactId = data.contact[0]!.id;
  const entries: Record<string, Uint8Array> = {
    "contact.json": strToU8(toJson({ exportedAt: now, contactId, ...data })),
  };
  const sections: Record<string, number> = {};
  for (const [section, rows] of Object.entries(data)) {
    sections[section] = rows.length;
    entries[`csv/${fileNameOf(section)}.csv`] = strToU8(writeRecordsCsv(rows));
  }
  const zip = zipSync(entries, { level: 6, mtime: now });
  return {
    filename: `contact-${contactId}-${now.toISOString().slice(0, 10)}.zip`,
    contentBase64: Buffer.from(zip).toString("base64"),
    byteCount: zip.byteLength,
    sections,
  };
}
