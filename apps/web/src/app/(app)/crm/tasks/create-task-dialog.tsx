"use client";

import { useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type Priority = NonNullable<RouterInputs["crm"]["tasks"]["create"]["priority"]>;

/** A datetime-local value ("2026-03-01T09:30") is the browser's local time. */
function fromDateTimeInput(value: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function CreateTaskDialog({ currentUserId, canAssignOthers, onClose }: { currentUserId: string; canAssignOthers: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const [assigneeId, setAssigneeId] = useState<string | null>(currentUserId);
  const [contact, setContact] = useState<PickedContact | null>(null);
  const form = useFormMutation(
    trpc.crm.tasks.create.mutationOptions({
      onSuccess: () => {
        form.close();
      },
    }),
    {
      initialValues: { title: "", description: "", dueAt: "", priority: "medium" as Priority },
      fields: ["title", "description", "dueAt", "priority", "assigneeId", "contactId"],
      onClose,
      invalidates: [trpc.crm.tasks.pathFilter()],
      toInput: ({ description, dueAt, ...values }) => ({
        ...values,
        description: description.trim() || null,
        dueAt: fromDateTimeInput(dueAt),
        assigneeId: assigneeId ?? undefined,
        contactId: contact?.id,
      }),
    },
  );

  return (
    <FormDialog form={form} title="New task" testId="create-task-dialog" submitLabel="Create task" pendingLabel="Creating…">
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
      <ContactPicker label="About a contact (optional)" value={contact} onChange={setContact} error={form.errorOf("contactId", "Contact")} />
    </FormDialog>
  );
}
