import type { AppointmentStatus, AppointmentType } from "@harbor/db";
import { z } from "zod";
import { dateSchema, optionalText, prioritySchema, requiredText } from "../crm/record-fields.schema";
import { emailSchema, idSchema, listInputSchema } from "../shared.schema";

const appointmentTypes = ["meeting", "call", "demo", "follow_up", "internal", "personal"] as const satisfies readonly AppointmentType[];
const appointmentStatuses = ["scheduled", "confirmed", "completed", "cancelled", "no_show"] as const satisfies readonly AppointmentStatus[];

export const appointmentTypeSchema = z.enum(appointmentTypes, { error: `must be one of ${appointmentTypes.join(", ")}` });
export const appointmentStatusSchema = z.enum(appointmentStatuses, { error: `must be one of ${appointmentStatuses.join(", ")}` });

const attendeeSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  email: emailSchema.optional(),
  userId: idSchema.optional(),
});

/** The longest range a calendar view asks for at once. */
const MAX_RANGE_DAYS = 366;

export const listEventsInput = listInputSchema
  .extend({
    from: dateSchema,
    to: dateSchema,
    ownerId: idSchema.optional(),
    status: appointmentStatusSchema.optional(),
    type: appointmentTypeSchema.optional(),
    contactId: idSchema.optional(),
    leadId: idSchema.optional(),
    opportunityId: idSchema.optional(),
  })
  .refine((input) => input.to.getTime() > input.from.getTime(), { error: "must be after from", path: ["to"] })
  .refine((input) => input.to.getTime() - input.from.getTime() <= MAX_RANGE_DAYS * 86_400_000, {
    error: `must be at most ${MAX_RANGE_DAYS} days after from`,
    path: ["to"],
  });

const appointmentFields = {
  title: requiredText(200),
  description: optionalText(5_000),
  type: appointmentTypeSchema.optional(),
  startAt: dateSchema,
  endAt: dateSchema,
  location: optionalText(300),
  meetingLink: z.url({ error: "must be a URL" }).max(500).nullish(),
  status: appointmentStatusSchema.optional(),
  priority: prioritySchema.optional(),
  contactId: idSchema.nullish(),
  leadId: idSchema.nullish(),
  opportunityId: idSchema.nullish(),
  attendees: z.array(attendeeSchema).max(50, { error: "at most 50 attendees" }).optional(),
};

/** endAt after startAt is checked by the service (also against stored times on update). */
export const createEventInput = z.object({ ...appointmentFields, ownerId: idSchema.optional() });

export const updateEventInput = z.object({
  id: idSchema,
  ownerId: idSchema.optional(),
  title: appointmentFields.title.optional(),
  description: appointmentFields.description,
  type: appointmentFields.type,
  startAt: appointmentFields.startAt.optional(),
  endAt: appointmentFields.endAt.optional(),
  location: appointmentFields.location,
  meetingLink: appointmentFields.meetingLink,
  status: appointmentFields.status,
  priority: appointmentFields.priority,
  contactId: appointmentFields.contactId,
  leadId: appointmentFields.leadId,
  opportunityId: appointmentFields.opportunityId,
  attendees: appointmentFields.attendees,
});

export const eventIdInput = z.object({ id: idSchema });

const named = z.object({ id: z.string(), name: z.string() }).nullable();

export const eventOutput = z.object({
  id: z.string(),
  ownerId: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  description: z.string().nullable(),
  type: appointmentTypeSchema,
  startAt: z.date(),
  endAt: z.date(),
  location: z.string().nullable(),
  meetingLink: z.string().nullable(),
  status: appointmentStatusSchema,
  priority: prioritySchema,
  contactId: z.string().nullable(),
  leadId: z.string().nullable(),
  opportunityId: z.string().nullable(),
  contact: named,
  lead: named,
  opportunity: z.object({ id: z.string(), title: z.string() }).nullable(),
  attendees: z.array(z.object({ name: z.string().optional(), email: z.string().optional(), userId: z.string().optional() })),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const eventListOutput = z.object({
  items: z.array(eventOutput),
  nextCursor: z.string().nullable(),
  total: z.number().nullable(),
  totalCapped: z.boolean(),
});
