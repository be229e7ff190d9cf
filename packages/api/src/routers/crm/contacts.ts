import {
  contactStats,
  createContact,
  deleteContact,
  getContact,
  listContacts,
  logCommunication,
  updateContact,
} from "../../services/crm/contacts";
import { createTRPCRouter, requirePermission } from "../../trpc";
import {
  contactIdInput,
  contactStatsInput,
  createContactInput,
  listContactsInput,
  logCommunicationInput,
  updateContactInput,
} from "./contacts.schema";

const read = requirePermission("crm:read");
const write = requirePermission("crm:write").meta({ access: "crm:write", auditEntity: "contact" });
const remove = requirePermission("crm:delete").meta({ access: "crm:delete", auditEntity: "contact" });

export const contactsRouter = createTRPCRouter({
  /** Filters (all, high-value, at-risk, recent, needs-follow-up) are defined in services/crm/contacts/contact-segments.ts. */
  list: read.input(listContactsInput).query(({ ctx, input }) => listContacts({ actor: ctx.actor, ...input })),

  /** The contact with policies, opportunities, tickets, timeline, open tasks and book figures. */
  get: read.input(contactIdInput).query(({ ctx, input }) => getContact({ actor: ctx.actor, id: input.id })),

  /** `{ total, highValue, atRisk, needsFollowUp }` over the contacts the caller can see. */
  stats: read.input(contactStatsInput).query(({ ctx }) => contactStats({ actor: ctx.actor })),

  create: write.input(createContactInput).mutation(({ ctx, input }) => createContact({ actor: ctx.actor, ...input })),

  update: write.input(updateContactInput).mutation(({ ctx, input }) => updateContact({ actor: ctx.actor, ...input })),

  delete: remove.input(contactIdInput).mutation(({ ctx, input }) => deleteContact({ actor: ctx.actor, id: input.id })),

  /** Logs an email, call, meeting or note; returns the activity. Contact (not a note) moves lastContactAt forward. */
  logCommunication: requirePermission("crm:write")
    .meta({ access: "crm:write", auditEntity: "activity" })
    .input(logCommunicationInput)
    .mutation(({ ctx, input }) => logCommunication({ actor: ctx.actor, ...input })),
});
