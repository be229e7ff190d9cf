import { z } from "zod";
import { contactFilters, contactSorts } from "../../services/crm/contacts";
import { emailSchema, idOutput, idSchema, listInputSchema, nameSchema, namedRecordSchema, pageOf, personWithCompanyOutput, storedJson, userSummarySchema, userWithEmailSchema } from "../shared.schema";
import { scoredPolicyOutput } from "./policies.schema";
import { listedScoreOutput, storedScoreOutput } from "./score.schema";
import { taskOutput } from "./tasks.schema";
import { ticketStatusSchema } from "./tickets.schema";
import {
  activityOutput,
  dateSchema,
  oneOf,
  optionalText,
  pastDateSchema,
  phoneSchema,
  prioritySchema,
  requiredText,
  sentimentSchema,
  sortDirectionSchema,
  stageSchema,
  tagFilterSchema,
  tagsSchema,
} from "./record-fields.schema";

export const listContactsInput = listInputSchema.extend({
  filter: oneOf(contactFilters).default("all"),
  sort: oneOf(contactSorts).default("createdAt"),
  order: sortDirectionSchema.optional(),
  ownerId: idSchema.optional(),
  tag: tagFilterSchema.optional(),
});

export const addressSchema = z.object({
  line1: optionalText(200),
  line2: optionalText(200),
  city: optionalText(120),
  region: optionalText(120),
  postalCode: optionalText(20),
  country: optionalText(80),
});

const communicationPreferencesSchema = z.object({
  preferredChannel: oneOf(["email", "phone", "sms", "whatsapp"]).optional(),
  bestTimeToContact: optionalText(120),
  language: optionalText(40),
  doNotEmail: z.boolean().optional(),
  doNotCall: z.boolean().optional(),
});

const contactFields = {
  email: emailSchema.nullish(),
  phone: phoneSchema.nullish(),
  company: optionalText(200),
  title: optionalText(120),
  customerCode: optionalText(60),
  dateOfBirth: pastDateSchema.nullish(),
  address: addressSchema.nullish(),
  // Health and churn are packages/ai's formulas, stored by services/scores; nobody types them in.
  sentiment: sentimentSchema.optional(),
  lastContactAt: pastDateSchema.nullish(),
  nextFollowUpAt: dateSchema.nullish(),
  tags: tagsSchema.optional(),
  notes: optionalText(10_000),
  communicationPreferences: communicationPreferencesSchema.nullish(),
  ownerId: idSchema.optional(),
};

/** allowDuplicate: create even when the same person (email, phone, or name and date of birth) is already a contact; else CONFLICT naming them. */
export const createContactInput = z.object({ name: nameSchema, ...contactFields, allowDuplicate: z.boolean().optional() });

/** The contacts within reach that are the same person as these keys (the contact form's warning). */
export const contactDuplicatesInput = z.object({
  name: z.string().trim().max(120).optional(),
  email: z.string().trim().max(254).nullish(),
  phone: z.string().trim().max(40).nullish(),
  dateOfBirth: z.coerce.date().nullish(),
  exceptId: idSchema.optional(),
});

export const updateContactInput = z.object({ id: idSchema, name: nameSchema.optional(), ...contactFields });

export const contactIdInput = z.object({ id: idSchema });

export const contactStatsInput = z.object({}).optional();

export const logCommunicationInput = z.object({
  contactId: idSchema,
  type: oneOf(["email", "call", "meeting", "note"]),
  subject: optionalText(200).transform((value) => value ?? undefined),
  summary: requiredText(10_000),
  sentiment: sentimentSchema.optional(),
  occurredAt: pastDateSchema.optional(),
});

const relationshipHealthSchema = z.enum(["high", "medium", "low"]);

// A list row: what services/crm/contacts/contact-select.ts reads for a list, and no more. Flat and
// cheap: crm.contacts.list is on the p95 ≤ 50 ms path.
const contactFieldsOutput = personWithCompanyOutput.extend({
  title: z.string().nullable(),
  healthScore: z.number(),
  churnRisk: z.number(),
  relationshipHealth: relationshipHealthSchema,
  sentiment: sentimentSchema,
  lastContactAt: z.date().nullable(),
  nextFollowUpAt: z.date().nullable(),
  tags: z.array(z.string()),
  createdAt: z.date(),
  owner: userSummarySchema.nullable(),
});

/** A list row also counts the contact's deals the caller may see, and the value of the open ones. */
export const listContactsOutput = pageOf(
  contactFieldsOutput.extend({ scores: z.object({ health: listedScoreOutput, churn: listedScoreOutput }), dealCount: z.number(), openDealValue: z.number() }),
);

export const addressOutput = z.object({
  line1: z.string().nullish(),
  line2: z.string().nullish(),
  city: z.string().nullish(),
  region: z.string().nullish(),
  postalCode: z.string().nullish(),
  country: z.string().nullish(),
});

const communicationPreferencesOutput = z.object({
  preferredChannel: z.enum(["email", "phone", "sms", "whatsapp"]).optional(),
  bestTimeToContact: z.string().nullish(),
  language: z.string().nullish(),
  doNotEmail: z.boolean().optional(),
  doNotCall: z.boolean().optional(),
});

/** One contact with every field of its own: the detail page and the create and update answers. */
export const contactOutput = contactFieldsOutput.extend({
  customerCode: z.string().nullable(),
  dateOfBirth: z.date().nullable(),
  address: storedJson(addressOutput.nullable()),
  notes: z.string().nullable(),
  communicationPreferences: storedJson(communicationPreferencesOutput.nullable()),
  updatedAt: z.date(),
  owner: userWithEmailSchema.nullable(),
});

export const contactDetailOutput = contactOutput.extend({
  household: namedRecordSchema.nullable(),
  scores: z.object({ health: storedScoreOutput, churn: storedScoreOutput }),
  policies: z.array(scoredPolicyOutput),
  opportunities: z.array(
    z.object({
      id: idOutput,
      title: z.string(),
      stage: stageSchema,
      value: z.number(),
      probability: z.number(),
      expectedCloseDate: z.date().nullable(),
      closedAt: z.date().nullable(),
      ownerId: idOutput.nullable(),
    }),
  ),
  tickets: z.array(
    z.object({
      id: idOutput,
      number: z.number(),
      subject: z.string(),
      status: ticketStatusSchema,
      priority: prioritySchema,
      lastMessageAt: z.date().nullable(),
      updatedAt: z.date(),
    }),
  ),
  timeline: z.array(activityOutput),
  openTasks: z.array(taskOutput),
  summary: z.object({ activePremium: z.number(), openPipelineValue: z.number(), wonValue: z.number(), totalDeals: z.number() }),
});

export const contactStatsOutput = z.object({ total: z.number(), highValue: z.number(), atRisk: z.number(), needsFollowUp: z.number() });

/** The list's filters and sort, without its page: crm.contacts.export writes every matching row. */
export const exportContactsInput = listContactsInput.omit({ cursor: true, limit: true });

/** crm.contacts.exportData: a zip (base64) holding contact.json and one CSV per section. */
export const contactDataExportOutput = z.object({
  filename: z.string(),
  contentBase64: z.string(),
  byteCount: z.number().int(),
  sections: z.record(z.string(), z.number().int()),
});

/** crm.contacts.erase: the anonymized contact and the rows whose text was redacted, per table. */
export const erasedContactOutput = z.object({
  id: idOutput,
  name: z.string(),
  redacted: z.record(z.string(), z.number().int()),
});
