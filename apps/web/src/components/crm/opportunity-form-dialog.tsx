"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { fromDateInputValue } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { ContactPicker, type PickedContact } from "./contact-picker";

type CreateInput = RouterInputs["crm"]["opportunities"]["create"];
type Stage = NonNullable<CreateInput["stage"]>;
type Priority = NonNullable<CreateInput["priority"]>;

const openStageOptions = [
  { value: "prospect", label: "Prospect" },
  { value: "qualified", label: "Qualified" },
  { value: "quoted", label: "Quoted" },
  { value: "negotiation", label: "Negotiation" },
] as const satisfies readonly { value: Stage; label: string }[];

const priorityOptions = [
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
  { value: "urgent", label: "Urgent" },
] as const satisfies readonly { value: Priority; label: string }[];

/** A new deal, for a contact given (from the contact's page) or picked here. Mounted only while open. */
export function OpportunityFormDialog({
  contact: fixedContact,
  onClose,
  onCreated,
}: {
  contact?: PickedContact;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [contact, setContact] = useState<PickedContact | null>(fixedContact ?? null);
  const [values, setValues] = useState({ title: "", value: "", expectedCloseDate: "", stage: "prospect" as Stage, priority: "medium" as Priority, description: "" });
  const create = useMutation(
    trpc.crm.opportunities.create.mutationOptions({
      onSuccess: async (created) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.opportunities.pathFilter()),
          queryClient.invalidateQueries(trpc.crm.contacts.pathFilter()),
        ]);
        onClose();
        onCreated?.(created.id);
      },
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;
  const placed = ["title", "value", "expectedCloseDate", "stage", "priority", "description", "contactId"];
  const unplacedError = problem && !placed.some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({
      title: values.title,
      value: values.value.trim() === "" ? undefined : Number(values.value),
      expectedCloseDate: fromDateInputValue(values.expectedCloseDate) ?? null,
      stage: values.stage,
      priority: values.priority,
      description: values.description.trim() || null,
      contactId: contact?.id ?? null,
    });
  }

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <Dialog open onClose={onClose} title="New deal" description="Its probability starts from the stage you choose." data-testid="opportunity-form-dialog">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
        <TextField label="Title" name="title" required autoFocus placeholder="e.g. Home + auto bundle" value={values.title} onChange={set("title")} error={fieldMessage("Title", problem?.fieldErrors.title)} />
        {fixedContact ? null : <ContactPicker label="Contact" value={contact} onChange={setContact} error={fieldMessage("Contact", problem?.fieldErrors.contactId)} />}
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Value" name="value" type="number" inputMode="decimal" min="0" step="0.01" value={values.value} onChange={set("value")} error={fieldMessage("Value", problem?.fieldErrors.value)} />
          <TextField label="Expected close" name="expectedCloseDate" type="date" value={values.expectedCloseDate} onChange={set("expectedCloseDate")} error={fieldMessage("Expected close", problem?.fieldErrors.expectedCloseDate)} />
          <SelectField label="Stage" name="stage" value={values.stage} onChange={set("stage")} error={fieldMessage("Stage", problem?.fieldErrors.stage)}>
            {openStageOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Priority" name="priority" value={values.priority} onChange={set("priority")} error={fieldMessage("Priority", problem?.fieldErrors.priority)}>
            {priorityOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField label="Description" name="description" value={values.description} onChange={set("description")} error={fieldMessage("Description", problem?.fieldErrors.description)} />
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create deal"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
