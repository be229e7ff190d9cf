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
import { type TicketPriority, ticketPriorityLabels } from "./ticket-labels";

export function CreateTicketDialog({
  currentUserId,
  canAssignOthers,
  onClose,
  onCreated,
}: {
  currentUserId: string;
  canAssignOthers: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ subject: "", body: "", category: "", priority: "medium" as TicketPriority });
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(currentUserId);
  const create = useMutation(
    trpc.crm.tickets.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.crm.tickets.pathFilter());
        onClose();
        onCreated(created.id);
      },
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;
  const placed = ["subject", "body", "category", "priority", "contactId", "assigneeId"];
  const unplacedError = problem && !placed.some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({
      subject: values.subject,
      body: values.body,
      category: values.category.trim() || null,
      priority: values.priority,
      contactId: contact?.id ?? null,
      assigneeId,
    });
  }

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <Dialog open onClose={onClose} title="New ticket" description="Record a client's request; the first message opens the thread." data-testid="create-ticket-dialog">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
        <TextField label="Subject" name="subject" required autoFocus value={values.subject} onChange={set("subject")} error={fieldMessage("Subject", problem?.fieldErrors.subject)} />
        <ContactPicker label="Contact" value={contact} onChange={setContact} error={fieldMessage("Contact", problem?.fieldErrors.contactId)} />
        <TextAreaField label="Request" name="body" required rows={4} value={values.body} onChange={set("body")} error={fieldMessage("Request", problem?.fieldErrors.body)} />
        <div className="grid grid-cols-2 gap-3">
          <SelectField label="Priority" name="priority" value={values.priority} onChange={set("priority")} error={fieldMessage("Priority", problem?.fieldErrors.priority)}>
            {Object.entries(ticketPriorityLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField label="Category" name="category" placeholder="e.g. Billing" value={values.category} onChange={set("category")} error={fieldMessage("Category", problem?.fieldErrors.category)} />
        </div>
        {canAssignOthers ? (
          <AssigneeSelect
            label="Assign to"
            value={assigneeId}
            onChange={setAssigneeId}
            currentUserId={currentUserId}
            allowUnassigned
            error={fieldMessage("Assignee", problem?.fieldErrors.assigneeId)}
          />
        ) : null}
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create ticket"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
