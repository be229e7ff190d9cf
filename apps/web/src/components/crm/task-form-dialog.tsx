"use client";

import { useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, createOrUpdate, useFormMutation } from "~/components/ui/form";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

export type EditableTask = Pick<RouterOutputs["crm"]["tasks"]["list"]["items"][number], "id" | "title" | "description" | "dueAt" | "priority" | "assigneeId">;

/** The record a new task is about, fixed by the page it is added from (a lead, a deal, a contact). */
export type TaskSubjectRecord = { kind: "lead" | "contact" | "opportunity"; id: string; name: string };

/** A datetime-local value ("2026-03-01T09:30") is the browser's local time. */
function fromDateTimeInput(value: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The browser's local time as a datetime-local value. */
function toDateTimeInput(date: Date | null): string {
  if (!date) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

const relationField = { lead: "leadId", contact: "contactId", opportunity: "opportunityId" } as const;

/**
 * A new task, or an edit of `task` (title, details, due date, priority, assignee): reschedule and
 * reassign are this form. `about` fixes the record a new task relates to; otherwise a contact can be
 * picked. Mounted only while open.
 */
export function TaskFormDialog({
  task,
  about,
  initialTitle = "",
  currentUserId,
  canAssignOthers,
  onClose,
}: {
  task?: EditableTask;
  about?: TaskSubjectRecord;
  initialTitle?: string;
  currentUserId: string;
  canAssignOthers: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [assigneeId, setAssigneeId] = useState<string | null>(task ? task.assigneeId : currentUserId);
  const [contact, setContact] = useState<PickedContact | null>(null);
  const form = useFormMutation(
    {
      mutationFn: createOrUpdate(
        task,
        (input: RouterInputs["crm"]["tasks"]["create"]) => client.crm.tasks.create.mutate(input),
        ({ leadId: _lead, contactId: _contact, opportunityId: _deal, ...input }) => client.crm.tasks.update.mutate(input),
      ),
    },
    {
      initialValues: {
        title: task?.title ?? initialTitle,
        description: task?.description ?? "",
        dueAt: toDateTimeInput(task?.dueAt ?? null),
        priority: task?.priority ?? "medium",
      },
      fields: ["title", "description", "dueAt", "priority", "assigneeId", "contactId", "leadId", "opportunityId"],
      onClose,
      closeOnSuccess: true,
      invalidates: [trpc.crm.tasks.pathFilter(), trpc.crm.contacts.get.pathFilter(), trpc.crm.leads.get.pathFilter(), trpc.crm.opportunities.get.pathFilter()],
      toInput: ({ description, dueAt, ...values }): RouterInputs["crm"]["tasks"]["create"] => ({
        ...values,
        description: description.trim() || null,
        dueAt: fromDateTimeInput(dueAt),
        assigneeId: assigneeId ?? undefined,
        ...(task ? {} : about ? { [relationField[about.kind]]: about.id } : { contactId: contact?.id }),
      }),
    },
  );

  return (
    <FormDialog
      form={form}
      title={task ? "Edit task" : "New task"}
      description={!task && about ? `About ${about.name}` : undefined}
      testId={task ? "edit-task-dialog" : "create-task-dialog"}
      submitLabel={task ? "Save task" : "Create task"}
      pendingLabel={task ? "Saving…" : "Creating…"}
    >
      <TextField {...form.field("title", "Title")} required autoFocus placeholder="e.g. Call about the renewal quote" />
      <TextAreaField {...form.field("description", "Details")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("dueAt", "Due")} type="datetime-local" />
        <SelectField {...form.field("priority", "Priority")}>
          <option value="low">Low</option>
          <option value="medium">Medium</option>
          <option value="high">High</option>
          <option value="urgent">Urgent</option>
        </SelectField>
      </div>
      {canAssignOthers ? (
        <AssigneeSelect label="Assign to" value={assigneeId} onChange={setAssigneeId} currentUserId={currentUserId} error={form.errorOf("assigneeId", "Assignee")} />
      ) : null}
      {task || about ? null : <ContactPicker label="About a contact (optional)" value={contact} onChange={setContact} error={form.errorOf("contactId", "Contact")} />}
    </FormDialog>
  );
}
