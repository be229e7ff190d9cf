"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { useTRPC } from "~/trpc/react";
import { type LeadKind, leadKindLabels } from "./lead-status";

const emptyForm = { kind: "prospect" as LeadKind, name: "", email: "", phone: "", company: "", source: "", value: "", notes: "" };

/** "" → undefined, so optional fields the user left empty are not sent at all. */
const optional = (value: string) => value.trim() || undefined;

export function CreateLeadDialog({
  open,
  defaultKind,
  onClose,
}: {
  open: boolean;
  defaultKind: LeadKind;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const form = useFormMutation(
    trpc.crm.leads.create.mutationOptions({
      onSuccess: async (lead) => {
        toast(`${lead.name} was added as a new lead.`, "success");
        await queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter());
      },
    }),
    {
      initialValues: () => ({ ...emptyForm, kind: defaultKind }),
      fields: Object.keys(emptyForm),
      onClose,
      closeOnSuccess: true,
      toInput: ({ kind, name, value, ...rest }) => ({
        kind,
        name,
        email: optional(rest.email),
        phone: optional(rest.phone),
        company: optional(rest.company),
        source: optional(rest.source),
        notes: optional(rest.notes),
        ...(kind === "client" && value.trim() !== "" ? { value: Number(value) } : {}),
      }),
    },
  );
  const { values } = form;


  return (
    <FormDialog
      form={form}
      open={open}
      title="New lead"
      description="Someone to follow up with. An email or a phone number is required."
      testId="create-lead-dialog"
      submitLabel="Add lead"
      pendingLabel="Adding…"
    >
      <div className="grid grid-cols-2 gap-3">
        <SelectField {...form.field("kind", "Kind")}>
          <Options options={leadKindLabels} />
        </SelectField>
        <TextField {...form.field("source", "Source")} placeholder="e.g. Referral" />
      </div>
      <TextField {...form.field("name", "Name")} required autoFocus />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("email", "Email")} type="email" />
        <TextField {...form.field("phone", "Phone")} type="tel" />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("company", "Company")} />
        {values.kind === "client" ? (
          <TextField {...form.field("value", "Value")} label="Estimated value ($)" type="number" inputMode="decimal" min={0} step="any" />
        ) : null}
      </div>
      <TextAreaField {...form.field("notes", "Notes")} rows={2} />
    </FormDialog>
  );
}
