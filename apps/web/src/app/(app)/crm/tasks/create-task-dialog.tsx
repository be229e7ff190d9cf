"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
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
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ title: "", description: "", dueAt: "", priority: "medium" as Priority });
  const [assigneeId, setAssigneeId] = useState<string | null>(currentUserId);
  const [contact, setContact] = useState<PickedContact | null>(null);
  const create = useMutation(
    trpc.crm.tasks.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.crm.tasks.pathFilter());
        onClose();
      },
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;
  const placed = ["title", "description", "dueAt", "priority", "assigneeId", "contactId"];
  const unplacedError = problem && !placed.some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({
      title: values.title,
      description: values.description.trim() || null,
      dueAt: fromDateTimeInput(values.dueAt),
      priority: values.priority,
      assigneeId: assigneeId ?? undefined,
      contactId: contact?.id,
    });
  }

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <Dialog open onClose={onClose} title="New task" data-testid="create-task-dialog">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
        <TextField label="Title" name="title" required autoFocus placeholder="e.g. Call about the renewal quote" value={values.title} onChange={set("title")} error={fieldMessage("Title", problem?.fieldErrors.title)} />
        <TextAreaField label="Details" name="description" value={values.description} onChange={set("description")} error={fieldMessage("Details", problem?.fieldErrors.description)} />
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Due" name="dueAt" type="datetime-local" value={values.dueAt} onChange={set("dueAt")} error={fieldMessage("Due", problem?.fieldErrors.dueAt)} />
          <SelectField label="Priority" name="priority" value={values.priority} onChange={set("priority")} error={fieldMessage("Priority", problem?.fieldErrors.priority)}>
            <option value="low">Low</option>
            <option value="medium">Medium</option>
            <option value="high">High</option>
            <option value="urgent">Urgent</option>
          </SelectField>
        </div>
        {canAssignOthers ? (
          <AssigneeSelect
            label="Assign to"
            value={assigneeId}
            onChange={setAssigneeId}
            currentUserId={currentUserId}
            error={fieldMessage("Assignee", problem?.fieldErrors.assigneeId)}
          />
        ) : null}
        <ContactPicker label="About a contact (optional)" value={contact} onChange={setContact} error={fieldMessage("Contact", problem?.fieldErrors.contactId)} />
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create task"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
