import { db } from "@harbor/db";
import { z } from "zod";
import { requireId, within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { idSchema } from "../../../routers/shared.schema";
import { createTaskInput } from "../../../routers/crm/tasks.schema";
import { optionalText, requiredText, sentimentSchema } from "../../../routers/crm/record-fields.schema";
import { notFound } from "../../../errors";
import { logCommunication } from "../../crm/contacts";
import { addLeadActivity } from "../../crm/leads/add-lead-activity";
import { addOpportunityActivity } from "../../crm/opportunities";
import { createTask } from "../../crm/tasks";
import { assertContactable } from "../../crm/dnc/check-dnc";
import { defineTool, type CopilotTool } from "./tool-registry";

// Tools that write (activities, tasks) and draftEmail, which writes nothing and sends nothing:
// it returns the draft for the user to review, after the do-not-contact check every outreach
// path makes.

/** The model sends dates as ISO 8601 text; the procedures' schemas take Date objects. */
export const isoDateArg = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time, e.g. 2026-12-05T15:00:00Z" })
  .or(z.iso.date({ error: "must be an ISO 8601 date" }))
  .transform((value) => new Date(value));

export const logActivityArgs = z.object({
  entityType: z.enum(["lead", "contact", "opportunity"], { error: "must be lead, contact or opportunity" }),
  entityId: idSchema,
  type: z.enum(["call", "email", "meeting", "note"], { error: "must be call, email, meeting or note" }),
  summary: requiredText(5_000),
  subject: optionalText(200),
  outcome: optionalText(500),
  nextStep: optionalText(500),
  sentiment: sentimentSchema.optional(),
});

export const createTaskArgs = createTaskInput.extend({ dueAt: isoDateArg.nullish() });

export const draftEmailArgs = z
  .object({
    to: z.email({ error: "must be an email address" }).max(254).optional(),
    contactId: idSchema.optional(),
    leadId: idSchema.optional(),
    subject: requiredText(200),
    body: requiredText(10_000),
  })
  .refine((args) => args.to || args.contactId || args.leadId, { error: "name a recipient: to, contactId or leadId", path: ["to"] });

async function recipientOf(actor: Parameters<CopilotTool["run"]>[1], args: z.output<typeof draftEmailArgs>) {
  const scope = ownedRecordScope(actor);
  if (args.contactId) {
    const contact = await db.contact.findFirst({ where: within(scope, { id: requireId(args.contactId) }), select: { id: true, name: true, email: true, phone: true } });
    if (!contact) throw notFound("Contact");
    return { ...contact, entityType: "contact" as const };
  }
  if (args.leadId) {
    const lead = await db.lead.findFirst({ where: within(scope, { id: requireId(args.leadId) }), select: { id: true, name: true, email: true, phone: true } });
    if (!lead) throw notFound("Lead");
    return { ...lead, entityType: "lead" as const };
  }
  return null;
}

export const writeTools: CopilotTool[] = [
  defineTool({
    name: "logActivity",
    description: "Log a call, email, meeting or note on a lead's, contact's or opportunity's timeline.",
    parameters: logActivityArgs,
    permission: "crm:write",
    refusal: "log activities",
    auditEntity: "activity",
    async run({ entityType, entityId, type, summary, subject, outcome, nextStep, sentiment }, actor) {
      let activityId: string;
      if (entityType === "lead") {
        const activity = await addLeadActivity({ actor, leadId: entityId, type, description: summary, title: subject ?? null, outcome: outcome ?? null, nextStep: nextStep ?? null, sentiment: sentiment ?? null });
        activityId = activity.id;
      } else if (entityType === "contact") {
        const activity = await logCommunication({ actor, contactId: entityId, type, summary, ...(subject ? { subject } : {}), ...(sentiment ? { sentiment } : {}) });
        activityId = activity.id;
      } else {
        const activity = await addOpportunityActivity({ actor, opportunityId: entityId, type, description: summary, ...(subject ? { title: subject } : {}), ...(outcome ? { outcome } : {}), ...(nextStep ? { nextStep } : {}), ...(sentiment ? { sentiment } : {}) });
        activityId = activity.id;
      }
      return {
        result: { activityId, entityType, entityId, type },
        action: { kind: "logged", entityType, entityId, label: `Logged a ${type} on the ${entityType}` },
      };
    },
  }),
  defineTool({
    name: "createTask",
    description: "Create a follow-up task (title, optional due date-time, priority), optionally on a lead, contact or opportunity. Assigned to the user unless assigneeId is given.",
    parameters: createTaskArgs,
    permission: "crm:write",
    refusal: "create tasks",
    auditEntity: "task",
    async run(args, actor) {
      const task = await createTask({ actor, ...args, dueAt: args.dueAt ?? null });
      return {
        result: { task: { id: task.id, title: task.title, dueAt: task.dueAt?.toISOString() ?? null, priority: task.priority, assigneeId: task.assigneeId } },
        action: { kind: "created", entityType: "task", entityId: task.id, label: `Created task ${task.title}` },
      };
    },
  }),
  defineTool({
    name: "draftEmail",
    description: "Draft an email to a contact, a lead or an address for the user to review. Nothing is sent. Refused for anyone on the do-not-contact list.",
    parameters: draftEmailArgs,
    permission: "crm:read",
    refusal: "draft emails",
    async run(args, actor) {
      const recipient = await recipientOf(actor, args);
      const to = args.to ?? recipient?.email ?? null;
      if (!to) throw notFound(`An email address for ${recipient?.name ?? "the recipient"}`);
      await assertContactable({ organizationId: actor.organizationId, emails: [to, recipient?.email], phones: [recipient?.phone] });
      const draft = { to, subject: args.subject, body: args.body, ...(recipient ? { recipientName: recipient.name } : {}) };
      return {
        result: { draft, sent: false },
        action: {
          kind: "drafted",
          entityType: recipient?.entityType ?? "contact",
          entityId: recipient?.id ?? null,
          label: `Drafted an email to ${recipient?.name ?? to}`,
        },
      };
    },
  }),
];
