import { z } from "zod";
import { contactFilters, contactSorts } from "../../services/crm/contacts";
import { emailSchema, idSchema, listInputSchema, nameSchema } from "../shared.schema";
import {
  dateSchema,
  oneOf,
  optionalText,
  pastDateSchema,
  phoneSchema,
  requiredText,
  scoreSchema,
  sentimentSchema,
  sortDirectionSchema,
  tagsSchema,
} from "./record-fields.schema";

export const listContactsInput = listInputSchema.extend({
  filter: oneOf(contactFilters).default("all"),
  sort: oneOf(contactSorts).default("createdAt"),
  order: sortDirectionSchema.optional(),
  ownerId: idSchema.optional(),
  tag: z.string().trim().min(1).max(50).optional(),
});

const addressSchema = z.object({
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
  healthScore: scoreSchema.optional(),
  churnRisk: scoreSchema.optional(),
  sentiment: sentimentSchema.optional(),
  lastContactAt: pastDateSchema.nullish(),
  nextFollowUpAt: dateSchema.nullish(),
  tags: tagsSchema.optional(),
  notes: optionalText(10_000),
  communicationPreferences: communicationPreferencesSchema.nullish(),
  ownerId: idSchema.optional(),
};

export const createContactInput = z.object({ name: nameSchema, ...contactFields });

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
