import {
  contactDuplicates,
  contactStats,
  createContact,
  deleteContact,
  eraseContact,
  exportContactData,
  exportContacts,
  getContact,
  listContacts,
  logCommunication,
  updateContact,
} from "../../services/crm/contacts";
import { createTRPCRouter, crmRecordProcedures, requirePermission, serve, serveActor } from "../../trpc";
import { csvExportOutput, deletedOutput } from "../shared.schema";
import {
  contactDataExportOutput,
  contactDetailOutput,
  contactDuplicatesInput,
  contactIdInput,
  contactOutput,
  contactStatsInput,
  contactStatsOutput,
  createContactInput,
  erasedContactOutput,
  exportContactsInput,
  listContactsInput,
  listContactsOutput,
  logCommunicationInput,
  updateContactInput,
} from "./contacts.schema";
import { contactMatchesOutput, mergeContactsInput, mergeOutput } from "./merge.schema";
import { mergeContacts } from "../../services/crm/merge";
import { listTimelinePage } from "../../services/crm/activities";
import { activityOutput, timelinePageInput, timelinePageOutput } from "./record-fields.schema";

const { read, write, remove, exportList } = crmRecordProcedures("contact");

export const contactsRouter = createTRPCRouter({
  /** Filters (all, high-value, at-risk, recent, needs-follow-up) are defined in services/crm/contacts/contact-segments.ts. */
  list: read.input(listContactsInput).output(listContactsOutput).query(serve(listContacts)),

  /** The list as CSV (formula cells neutralized), at most 10,000 rows, with the list's filters and sort; audited. */
  export: exportList.input(exportContactsInput).output(csvExportOutput).mutation(serve(exportContacts)),

  /** The contact with policies, opportunities, tickets, timeline, open tasks and book figures. */
  get: read.input(contactIdInput).output(contactDetailOutput).query(serve(getContact)),

  /** The contact's timeline a page at a time (newest first), optionally only some activity types. */
  timeline: read
    .input(timelinePageInput)
    .output(timelinePageOutput)
    .query(({ ctx, input }) => listTimelinePage({ actor: ctx.actor, of: "contact", ...input })),

  /** `{ total, highValue, atRisk, needsFollowUp }` over the contacts the caller can see. */
  stats: read.input(contactStatsInput).output(contactStatsOutput).query(serveActor(contactStats)),

  /** Live contacts within reach with the same email, phone, or name and date of birth (at most 10, best first). */
  duplicates: read.input(contactDuplicatesInput).output(contactMatchesOutput).query(serve(contactDuplicates)),

  /**
   * Merges the loser into the survivor: picked field values, every activity, policy, deal, task,
   * ticket and appointment moves; the loser goes to the trash, and restoring it undoes the merge.
   */
  merge: remove.input(mergeContactsInput).output(mergeOutput).mutation(serve(mergeContacts)),

  create: write.input(createContactInput).output(contactOutput).mutation(serve(createContact)),

  update: write.input(updateContactInput).output(contactOutput).mutation(serve(updateContact)),

  delete: remove.input(contactIdInput).output(deletedOutput).mutation(serve(deleteContact)),

  /**
   * A person's right of access: everything held about the contact (timeline, notes, policies,
   * deals, tasks, tickets and messages, appointments, source leads, files, consents and
   * do-not-contact entries, trashed rows included) as contact.json plus one CSV per section, zipped. Audited.
   */
  exportData: requirePermission("person-data:export", { auditEntity: "contact" }).input(contactIdInput).output(contactDataExportOutput).mutation(serve(exportContactData)),

  /**
   * A person's right to erasure: personal fields cleared and free texts about the person redacted,
   * figures kept (policies, premiums, deal values, counts). Cannot be undone. Audited.
   */
  erase: requirePermission("person-data:erase", { auditEntity: "contact" }).input(contactIdInput).output(erasedContactOutput).mutation(serve(eraseContact)),

  /** Logs an email, call, meeting or note; returns the activity. Contact (not a note) moves lastContactAt forward. */
  logCommunication: requirePermission("crm:write", { auditEntity: "activity" }).input(logCommunicationInput).output(activityOutput).mutation(serve(logCommunication)),
});
