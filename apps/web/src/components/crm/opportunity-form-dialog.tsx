"use client";

import { useState } from "react";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, createOrUpdate, useFormMutation } from "~/components/ui/form";
import { optionsFrom } from "~/components/ui/options";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { AssigneeSelect } from "./assignee-select";
import { ContactPicker, type PickedContact } from "./contact-picker";
import { openStages, stageLabels } from "./stage-labels";
import { useAssigningViewer } from "./use-assigning-viewer";

type CreateInput = RouterInputs["crm"]["opportunities"]["create"];
type Priority = NonNullable<CreateInput["priority"]>;
type EditableOpportunity = Pick<RouterOutputs["crm"]["opportunities"]["get"], "id" | "title" | "value" | "expectedCloseDate" | "priority" | "description" | "ownerId" | "contact">;

const openStageOptions = openStages.map((stage) => ({ value: stage, label: stageLabels[stage] }));

const priorityOptions = optionsFrom<Priority>({ low: "Low", medium: "Medium", high: "High", urgent: "Urgent" });

/**
 * A new deal, for a contact given (from the contact's page) or picked here; or, given `opportunity`,
 * an edit of its title, value, close date, priority, description, contact and owner (the stage moves
 * through moveStage). Mounted only while open.
 */
export function OpportunityFormDialog({
  contact: fixedContact,
  opportunity,
  onClose,
  onCreated,
}: {
  contact?: PickedContact;
  opportunity?: EditableOpportunity;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const viewer = useAssigningViewer();
  const [contact, setContact] = useState<PickedContact | null>(fixedContact ?? (opportunity?.contact ? { ...opportunity.contact } : null));
  const [ownerId, setOwnerId] = useState<string | null>(opportunity?.ownerId ?? null);
  const form = useFormMutation(
    {
      mutationFn: createOrUpdate(
        opportunity,
        (input: CreateInput) => client.crm.opportunities.create.mutate(input),
        ({ stage: _stage, ...input }) => client.crm.opportunities.update.mutate(input),
      ),
      onSuccess: (saved: { id: string }) => {
        if (!opportunity) onCreated?.(saved.id);
      },
    },
    {
      initialValues: {
        title: opportunity?.title ?? "",
        value: opportunity ? String(opportunity.value) : "",
        expectedCloseDate: toDateInputValue(opportunity?.expectedCloseDate),
        stage: "prospect" as (typeof openStages)[number],
        priority: opportunity?.priority ?? "medium",
        description: opportunity?.description ?? "",
      },
      fields: ["title", "value", "expectedCloseDate", "stage", "priority", "description", "contactId", "ownerId"],
      onClose,
      closeOnSuccess: true,
      invalidates: [trpc.crm.opportunities.pathFilter(), trpc.crm.contacts.pathFilter()],
      toInput: ({ value, expectedCloseDate, description, ...values }): CreateInput => ({
        ...values,
        value: value.trim() === "" ? undefined : Number(value),
        expectedCloseDate: fromDateInputValue(expectedCloseDate) ?? null,
        description: description.trim() || null,
        contactId: contact?.id ?? null,
        ...(ownerId ? { ownerId } : {}),
      }),
    },
  );

  return (
    <FormDialog
      form={form}
      title={opportunity ? "Edit deal" : "New deal"}
      description={opportunity ? undefined : "Its probability starts from the stage you choose."}
      testId={opportunity ? "edit-opportunity-dialog" : "opportunity-form-dialog"}
      submitLabel={opportunity ? "Save deal" : "Create deal"}
      pendingLabel={opportunity ? "Saving…" : "Creating…"}
    >
      <TextField {...form.field("title", "Title")} required autoFocus placeholder="e.g. Home + auto bundle" />
      {fixedContact ? null : <ContactPicker label="Contact" value={contact} onChange={setContact} error={form.errorOf("contactId", "Contact")} />}
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("value", "Value")} type="number" inputMode="decimal" min="0" step="0.01" />
        <TextField {...form.field("expectedCloseDate", "Expected close")} type="date" />
        {opportunity ? null : (
          <SelectField {...form.field("stage", "Stage")}>
            <Options options={openStageOptions} />
          </SelectField>
        )}
        <SelectField {...form.field("priority", "Priority")}>
          <Options options={priorityOptions} />
        </SelectField>
      </div>
      {viewer?.canAssignOthers ? (
        <AssigneeSelect label="Owner" value={ownerId ?? viewer.currentUserId} onChange={setOwnerId} currentUserId={viewer.currentUserId} error={form.errorOf("ownerId", "Owner")} />
      ) : null}
      <TextAreaField {...form.field("description", "Description")} />
    </FormDialog>
  );
}
