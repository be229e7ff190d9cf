"use client";

import { useState } from "react";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { ContactPicker, type PickedContact } from "./contact-picker";
import { openStages, stageLabels } from "./stage-labels";

type CreateInput = RouterInputs["crm"]["opportunities"]["create"];
type Priority = NonNullable<CreateInput["priority"]>;

const openStageOptions = openStages.map((stage) => ({ value: stage, label: stageLabels[stage] }));

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
  const [contact, setContact] = useState<PickedContact | null>(fixedContact ?? null);
  const form = useFormMutation(
    trpc.crm.opportunities.create.mutationOptions({
      onSuccess: (created) => {
        form.close();
        onCreated?.(created.id);
      },
    }),
    {
      initialValues: { title: "", value: "", expectedCloseDate: "", stage: "prospect" as (typeof openStages)[number], priority: "medium" as Priority, description: "" },
      fields: ["title", "value", "expectedCloseDate", "stage", "priority", "description", "contactId"],
      onClose,
      invalidates: [trpc.crm.opportunities.pathFilter(), trpc.crm.contacts.pathFilter()],
      toInput: ({ value, expectedCloseDate, description, ...values }) => ({
        ...values,
        value: value.trim() === "" ? undefined : Number(value),
        expectedCloseDate: fromDateInputValue(expectedCloseDate) ?? null,
        description: description.trim() || null,
        contactId: contact?.id ?? null,
      }),
    },
  );

  return (
    <FormDialog
      form={form}
      title="New deal"
      description="Its probability starts from the stage you choose."
      testId="opportunity-form-dialog"
      submitLabel="Create deal"
      pendingLabel="Creating…"
    >
      <TextField {...form.field("title", "Title")} required autoFocus placeholder="e.g. Home + auto bundle" />
      {fixedContact ? null : <ContactPicker label="Contact" value={contact} onChange={setContact} error={form.errorOf("contactId", "Contact")} />}
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("value", "Value")} type="number" inputMode="decimal" min="0" step="0.01" />
        <TextField {...form.field("expectedCloseDate", "Expected close")} type="date" />
        <SelectField {...form.field("stage", "Stage")}>
          <Options options={openStageOptions} />
        </SelectField>
        <SelectField {...form.field("priority", "Priority")}>
          <Options options={priorityOptions} />
        </SelectField>
      </div>
      <TextAreaField {...form.field("description", "Description")} />
    </FormDialog>
  );
}
