import { z } from "zod";
import { taskDueFilters, taskSorts, taskStatusFilters } from "../../services/crm/tasks";
import { idOutput, idSchema, listInputSchema, namedRecordSchema, pageOf, userSummarySchema } from "../shared.schema";
import { dateSchema, oneOf, optionalText, prioritySchema, requiredText, timeZoneSchema } from "./record-fields.schema";

export const taskStatusSchema = oneOf(["open", "in_progress", "completed"]);

export const listTasksInput = listInputSchema.extend({
  assigneeId: z.union([z.literal("me"), idSchema], { error: 'must be "me" or a user id' }).optional(),
  status: oneOf(taskStatusFilters).optional(),
  due: oneOf(taskDueFilters).optional(),
  leadId: idSchema.optional(),
  contactId: idSchema.optional(),
  opportunityId: idSchema.optional(),
  sort: oneOf(taskSorts).default("dueAt"),
  timeZone: timeZoneSchema.optional(),
});

/** At most one of leadId, contactId, opportunityId; the service checks it and that the record is within reach. */
export const createTaskInput = z.object({
  title: requiredText(200),
  description: optionalText(5_000),
  dueAt: dateSchema.nullish(),
  priority: prioritySchema.optional(),
  assigneeId: idSchema.optional(),
  leadId: idSchema.optional(),
  contactId: idSchema.optional(),
  opportunityId: idSchema.optional(),
});

export const updateTaskInput = z.object({
  id: idSchema,
  title: requiredText(200).optional(),
  description: optionalText(5_000),
  dueAt: dateSchema.nullish(),
  priority: prioritySchema.optional(),
  status: taskStatusSchema.optional(),
  assigneeId: idSchema.optional(),
});

export const taskIdInput = z.object({ id: idSchema });

export const taskOutput = z.object({
  id: idOutput,
  title: z.string(),
  description: z.string().nullable(),
  dueAt: z.date().nullable(),
  priority: prioritySchema,
  status: taskStatusSchema,
  isOverdue: z.boolean(),
  completedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  assigneeId: idOutput.nullable(),
  createdById: idOutput.nullable(),
  leadId: idOutput.nullable(),
  contactId: idOutput.nullable(),
  opportunityId: idOutput.nullable(),
  assignee: userSummarySchema.nullable(),
  createdBy: userSummarySchema.nullable(),
  lead: namedRecordSchema.nullable(),
  contact: namedRecordSchema.nullable(),
  opportunity: z.object({ id: idOutput, title: z.string() }).nullable(),
});

export const listTasksOutput = pageOf(taskOutput);

/** The list's filters and sort, without its page: crm.tasks.export writes every matching row. */
export const exportTasksInput = listTasksInput.omit({ cursor: true, limit: true });
