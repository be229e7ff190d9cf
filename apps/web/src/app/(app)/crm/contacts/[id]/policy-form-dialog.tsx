"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { type PolicyStatus, policyStatusLabels, type PolicyType, policyTypeLabels } from "./policy-labels";

type Policy = RouterOutputs["crm"]["contacts"]["get"]["policies"][number];

interface FormValues {
  policyNumber: string;
  type: PolicyType;
  carrier: string;
  premium: string;
  startDate: string;
  endDate: string;
  renewalDate: string;
  status: PolicyStatus;
}

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
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => initialValues(policy));
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof FormValues, string>>>({});
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
    onClose();
  };
  const create = useMutation(trpc.crm.policies.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.crm.policies.update.mutationOptions({ onSuccess }));
  const mutation = policy ? update : create;
  const problem = mutation.error ? describeApiError(mutation.error) : null;
  const unplacedError = problem && !Object.keys(fieldLabels).some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
    const fields = {
      policyNumber: values.policyNumber,
      type: values.type,
      carrier: values.carrier,
      premium,
      startDate,
      endDate,
      renewalDate: fromDateInputValue(values.renewalDate) ?? null,
      status: values.status,
    };
    if (policy) update.mutate({ id: policy.id, ...fields });
    else create.mutate({ contactId, ...fields });
  }

  const set = (field: keyof FormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const error = (field: keyof FormValues) => localErrors[field] ?? fieldMessage(fieldLabels[field], problem?.fieldErrors[field]);

  return (
    <Dialog open onClose={onClose} title={policy ? `Edit policy ${policy.policyNumber}` : "Add a policy"} data-testid="policy-form-dialog">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Policy number" name="policyNumber" required autoFocus value={values.policyNumber} onChange={set("policyNumber")} error={error("policyNumber")} />
          <SelectField label="Type" name="type" value={values.type} onChange={set("type")} error={error("type")}>
            {Object.entries(policyTypeLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField label="Carrier" name="carrier" required value={values.carrier} onChange={set("carrier")} error={error("carrier")} />
          <TextField
            label="Premium"
            name="premium"
            type="number"
            inputMode="decimal"
            min="0"
            step="0.01"
            required
            value={values.premium}
            onChange={set("premium")}
            error={error("premium")}
            hint="Per year, in dollars"
          />
          <TextField label="Start date" name="startDate" type="date" required value={values.startDate} onChange={set("startDate")} error={error("startDate")} />
          <TextField label="End date" name="endDate" type="date" required value={values.endDate} onChange={set("endDate")} error={error("endDate")} />
          <TextField label="Renewal date" name="renewalDate" type="date" value={values.renewalDate} onChange={set("renewalDate")} error={error("renewalDate")} />
          <SelectField label="Status" name="status" value={values.status} onChange={set("status")} error={error("status")}>
            {Object.entries(policyStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : policy ? "Save changes" : "Add policy"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
