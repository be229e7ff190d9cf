"use client";

import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type Channel = RouterInputs["crm"]["dnc"]["add"]["channel"];

const emptyForm = { channel: "email" as Channel, value: "", reason: "" };

export function AddDncDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const form = useFormMutation(trpc.crm.dnc.add.mutationOptions(), {
    initialValues: emptyForm,
    fields: Object.keys(emptyForm),
    onClose,
    closeOnSuccess: true,
    invalidates: [trpc.crm.dnc.pathFilter()],
    toInput: ({ reason, ...values }) => ({ ...values, reason: reason.trim() || null }),
  });
  const { values } = form;
  const valueLabel = values.channel === "email" ? "Email address" : "Phone number";

  return (
    <FormDialog
      form={form}
      open={open}
      title="Add to the do-not-contact list"
      description="Harbor stores the address or number in a normalized form, so every spelling of it is caught."
      testId="add-dnc-dialog"
      submitLabel="Add to list"
      pendingLabel="Adding…"
    >
      <SelectField {...form.field("channel", "Channel")}>
        <option value="email">Email</option>
        <option value="phone">Phone</option>
      </SelectField>
      <TextField {...form.field("value", valueLabel)} type={values.channel === "email" ? "email" : "tel"} required autoFocus />
      <TextAreaField {...form.field("reason", "Reason")} placeholder="e.g. Asked on the phone not to be called again" />
    </FormDialog>
  );
}
