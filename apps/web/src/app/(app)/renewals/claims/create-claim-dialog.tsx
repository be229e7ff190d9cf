"use client";

import { TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function CreateClaimDialog({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const form = useFormMutation(
    trpc.renewals.claims.create.mutationOptions({ onSuccess: onClose }),
    {
      invalidates: [trpc.renewals.claims.pathFilter()],
      initialValues: { policyNumber: "", claimType: "", claimAmount: "", incidentDate: toDateInputValue(new Date()), description: "" },
      fields: ["policyNumber", "policyId", "claimType", "claimAmount", "incidentDate", "description"],
      onClose,
    },
  );
  const { values } = form;

  function submit() {
    form.mutation.mutate({
      policyNumber: values.policyNumber,
      claimType: values.claimType,
      claimAmount: values.claimAmount === "" ? Number.NaN : Number(values.claimAmount),
      // An invalid date is sent as one, so the API names the field.
      incidentDate: fromDateInputValue(values.incidentDate) ?? new Date(Number.NaN),
      description: values.description,
    });
  }

  return (
    <FormDialog form={form} title="New claim" testId="create-claim-dialog" onSubmit={submit} submitLabel="File claim" pendingLabel="Filing…">
      <TextField {...form.field("policyNumber", "Policy number")} error={form.errorOf("policyNumber", "Policy number") ?? form.errorOf("policyId", "Policy")} required autoFocus />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("claimType", "Claim type")} required placeholder="e.g. collision, water damage" />
        <TextField {...form.field("claimAmount", "Amount claimed")} type="number" min="0" step="0.01" required />
      </div>
      <TextField {...form.field("incidentDate", "Incident date")} type="date" required />
      <TextAreaField {...form.field("description", "What happened")} required />
    </FormDialog>
  );
}
