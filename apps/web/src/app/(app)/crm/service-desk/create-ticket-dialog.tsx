"use client";

import { useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
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
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(currentUserId);
  const form = useFormMutation(
    trpc.crm.tickets.create.mutationOptions({
      onSuccess: (created) => onCreated(created.id),
    }),
    {
      closeOnSuccess: true,
      initialValues: { subject: "", body: "", category: "", priority: "medium" as TicketPriority },
      fields: ["subject", "body", "category", "priority", "contactId", "assigneeId"],
      onClose,
      invalidates: [trpc.crm.tickets.pathFilter()],
      toInput: ({ category, ...values }) => ({ ...values, category: category.trim() || null, contactId: contact?.id ?? null, assigneeId }),
    },
  );

  return (
    <FormDialog
      form={form}
      title="New ticket"
      description="Record a client's request; the first message opens the thread."
      testId="create-ticket-dialog"
      submitLabel="Create ticket"
      pendingLabel="Creating…"
    >
      <TextField {...form.field("subject", "Subject")} required autoFocus />
      <ContactPicker label="Contact" value={contact} onChange={setContact} error={form.errorOf("contactId", "Contact")} />
      <TextAreaField {...form.field("body", "Request")} required rows={4} />
      <div className="grid grid-cols-2 gap-3">
        <SelectField {...form.field("priority", "Priority")}>
          <Options options={ticketPriorityLabels} />
        </SelectField>
        <TextField {...form.field("category", "Category")} placeholder="e.g. Billing" />
      </div>
      {canAssignOthers ? (
        <AssigneeSelect
          label="Assign to"
          value={assigneeId}
          onChange={setAssigneeId}
          currentUserId={currentUserId}
          allowUnassigned
          error={form.errorOf("assigneeId", "Assignee")}
        />
      ) : null}
    </FormDialog>
  );
}
