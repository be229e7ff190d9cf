"use client";

import { useState } from "react";
import { Options, SelectField, TextField } from "~/components/ui/field";
import { createOrUpdate, FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { type PolicyStatus, policyStatusLabels, type PolicyType, policyTypeLabels } from "./policy-labels";

type Policy = RouterOutputs["crm"]["contacts"]["get"]["policies"][number];
type PolicyInput = Omit<RouterInputs["crm"]["policies"]["create"], "contactId">;

type FormValues = {
  policyNumber: string;
  type: PolicyType;
  carrier: string;
  premium: string;
  startDate: string;
  endDate: string;
  renewalDate: string;
  status: PolicyStatus;
};

function initialValues(policy?: Policy): FormValues {
  return {
    policyNumber: policy?.policyNumber ?? "",
    type: policy?.type ?? "auto",
    carrier: policy?.carrier ?? "",
    premium: policy ? String(policy.premium) : "",
    startDate: toDateInputValue(policy?.startDate),
    endDate: toDateInputValue(policy?.endDate),
    renewalDate: toDateInputValue(policy?.renewalDate),
    status: policy?.status ?? "active",
  };
}

const fieldLabels: Record<keyof FormValues, string> = {
  policyNumber: "Policy number",
  type: "Type",
  carrier: "Carrier",
  premium: "Premium",
  startDate: "Start date",
  endDate: "End date",
  renewalDate: "Renewal date",
  status: "Status",
};

/** Adds a policy to a contact, or edits one. Mounted only while open, so it starts from the policy given. */
export function PolicyFormDialog({ contactId, policy, onClose }: { contactId: string; policy?: Policy; onClose: () => void }) {
  const trpc = useTRPC();
  const { create, update } = useTRPCClient().crm.policies;
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof FormValues, string>>>({});
  const form = useFormMutation(
    { mutationFn: createOrUpdate(policy, (input: PolicyInput) => create.mutate({ contactId, ...input }), update.mutate) },
    { initialValues: () => initialValues(policy), fields: Object.keys(fieldLabels), invalidates: [trpc.crm.contacts.pathFilter()], onClose, closeOnSuccess: true },
  );
  const { values } = form;

  function submit() {
    const premium = values.premium.trim() === "" ? Number.NaN : Number(values.premium);
    const startDate = fromDateInputValue(values.startDate);
    const endDate = fromDateInputValue(values.endDate);
    // Say at once which required fields are empty (the browser's date and number inputs can only be
    // empty or valid); everything else, such as a taken policy number, comes back from the API.
    const missing: Partial<Record<keyof FormValues, string>> = {
      ...(values.policyNumber.trim() ? {} : { policyNumber: "Enter the policy number" }),
      ...(values.carrier.trim() ? {} : { carrier: "Enter the carrier" }),
      ...(Number.isFinite(premium) ? {} : { premium: "Enter the yearly premium" }),
      ...(startDate ? {} : { startDate: "Choose the start date" }),
      ...(endDate ? {} : { endDate: "Choose the end date" }),
    };
    setLocalErrors(missing);
    if (!startDate || !endDate || Object.keys(missing).length > 0) return;
    form.mutation.mutate({
      policyNumber: values.policyNumber,
      type: values.type,
      carrier: values.carrier,
      premium,
      startDate,
      endDate,
      renewalDate: fromDateInputValue(values.renewalDate) ?? null,
      status: values.status,
    });
  }

  const field = (name: keyof FormValues) => {
    const props = form.field(name, fieldLabels[name]);
    return { ...props, error: localErrors[name] ?? props.error };
  };

  return (
    <FormDialog
      form={form}
      title={policy ? `Edit policy ${policy.policyNumber}` : "Add a policy"}
      testId="policy-form-dialog"
      onSubmit={submit}
      submitLabel={policy ? "Save changes" : "Add policy"}
      pendingLabel="Saving…"
    >
      <div className="grid grid-cols-2 gap-3">
        <TextField {...field("policyNumber")} required autoFocus />
        <SelectField {...field("type")}>
          <Options options={policyTypeLabels} />
        </SelectField>
        <TextField {...field("carrier")} required />
        <TextField {...field("premium")} type="number" inputMode="decimal" min="0" step="0.01" required hint="Per year, in dollars" />
        <TextField {...field("startDate")} type="date" required />
        <TextField {...field("endDate")} type="date" required />
        <TextField {...field("renewalDate")} type="date" />
        <SelectField {...field("status")}>
          <Options options={policyStatusLabels} />
        </SelectField>
      </div>
    </FormDialog>
  );
}
