import { z } from "zod";
import { BULK_MAX_RECORDS } from "../../services/crm/bulk/bulk-limits";
import { idSchema } from "../shared.schema";
import { exportContactsInput } from "./contacts.schema";
import { exportLeadsInput, leadStatusSchema } from "./leads.schema";
import { exportOpportunitiesInput } from "./opportunities.schema";
import { exportPoliciesInput } from "./policies.schema";
import { policyStatusSchema, stageSchema, tagsSchema } from "./record-fields.schema";
import { exportTasksInput, taskStatusSchema } from "./tasks.schema";

// crm.bulk.*: one action over a selection of one list — the ids ticked on screen (at most
// BULK_MAX_RECORDS), or every record its filter matches ("select all N matching"), where the
// filter is exactly the list's own input without its page.

function selectionOf<Filter extends z.ZodType>(filter: Filter) {
  return z
    .object({
      ids: z.array(idSchema).min(1, { error: "select at least one record" }).max(BULK_MAX_RECORDS, { error: `at most ${BULK_MAX_RECORDS} records at once` }).optional(),
      filter: filter.optional(),
    })
    .refine((selection) => selection.ids !== undefined || selection.filter !== undefined, { error: "pass the selected ids or the list's filter", path: ["ids"] });
}

const leadTarget = { entity: z.literal("lead"), selection: selectionOf(exportLeadsInput) };
const contactTarget = { entity: z.literal("contact"), selection: selectionOf(exportContactsInput) };
const opportunityTarget = { entity: z.literal("opportunity"), selection: selectionOf(exportOpportunitiesInput) };
const taskTarget = { entity: z.literal("task"), selection: selectionOf(exportTasksInput) };
const policyTarget = { entity: z.literal("policy"), selection: selectionOf(exportPoliciesInput) };

const entityError = (entities: string[]) => ({ error: `entity must be one of ${entities.join(", ")}` });

const assignee = { userId: idSchema };

export const bulkAssignInput = z.discriminatedUnion(
  "entity",
  [
    z.object({ ...leadTarget, ...assignee }),
    z.object({ ...contactTarget, ...assignee }),
    z.object({ ...opportunityTarget, ...assignee }),
    z.object({ ...taskTarget, ...assignee }),
    z.object({ ...policyTarget, ...assignee }),
  ],
  entityError(["lead", "contact", "opportunity", "task", "policy"]),
);

/** Lead status, deal stage, task status or policy status (contacts have none). */
export const bulkSetStatusInput = z.discriminatedUnion(
  "entity",
  [
    z.object({ ...leadTarget, status: leadStatusSchema }),
    z.object({ ...opportunityTarget, status: stageSchema }),
    z.object({ ...taskTarget, status: taskStatusSchema }),
    z.object({ ...policyTarget, status: policyStatusSchema }),
  ],
  entityError(["lead", "opportunity", "task", "policy"]),
);

const tagChange = { add: tagsSchema.default([]), remove: tagsSchema.default([]) };

export const bulkTagInput = z
  .discriminatedUnion(
    "entity",
    [z.object({ ...leadTarget, ...tagChange }), z.object({ ...contactTarget, ...tagChange }), z.object({ ...opportunityTarget, ...tagChange })],
    entityError(["lead", "contact", "opportunity"]),
  )
  .refine((input) => input.add.length > 0 || input.remove.length > 0, { error: "name a tag to add or remove", path: ["add"] });

/** Into the trash (crm.trash.restore brings them back); tasks are not trashed. */
export const bulkDeleteInput = z.discriminatedUnion("entity", [z.object(leadTarget), z.object(contactTarget), z.object(opportunityTarget), z.object(policyTarget)], entityError(["lead", "contact", "opportunity", "policy"]));

export const bulkExportInput = z.discriminatedUnion(
  "entity",
  [z.object(leadTarget), z.object(contactTarget), z.object(opportunityTarget), z.object(taskTarget), z.object(policyTarget)],
  entityError(["lead", "contact", "opportunity", "task", "policy"]),
);

/** What a bulk action did: changed, already so, and not touched (outside the caller's scope, trashed or missing). */
export const bulkResultOutput = z.object({ updated: z.number().int(), unchanged: z.number().int(), skipped: z.number().int() });
