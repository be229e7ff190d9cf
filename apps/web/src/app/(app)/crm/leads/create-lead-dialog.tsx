"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { useToast } from "~/components/ui/toast";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import { type LeadKind, leadKindLabels } from "./lead-status";

const emptyForm = { name: "", email: "", phone: "", company: "", source: "", value: "", notes: "" };

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
  const [kind, setKind] = useState<LeadKind>(defaultKind);
  const [values, setValues] = useState(emptyForm);
  const create = useMutation(
    trpc.crm.leads.create.mutationOptions({
      onSuccess: async (lead) => {
        toast(`${lead.name} was added as a new lead.`, "success");
        close();
        await queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter());
      },
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;
  const errorOf = (field: string, label: string) => fieldMessage(label, problem?.fieldErrors[field]);
  const set = (field: keyof typeof emptyForm) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  function close() {
    create.reset();
    setValues(emptyForm);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = values.value.trim() === "" ? undefined : Number(values.value);
    create.mutate({
      kind,
      name: values.name,
      email: optional(values.email),
      phone: optional(values.phone),
      company: optional(values.company),
      source: optional(values.source),
      notes: optional(values.notes),
      ...(kind === "client" && value !== undefined ? { value } : {}),
    });
  }

  const shownFields = new Set(["kind", "name", "email", "phone", "company", "source", "notes", "value"]);
  const otherErrors = Object.entries(problem?.fieldErrors ?? {}).filter(([field]) => !shownFields.has(field));

  return (
    <Dialog open={open} onClose={close} title="New lead" description="Someone to follow up with. An email or a phone number is required." data-testid="create-lead-dialog">
      <form onSubmit={submit} className="space-y-4" noValidate>
        {problem && (Object.keys(problem.fieldErrors).length === 0 || otherErrors.length > 0) ? (
          <Alert tone="error">{otherErrors.length > 0 ? otherErrors.map(([field, messages]) => fieldMessage(field, messages)).join(" ") : problem.message}</Alert>
        ) : null}
        <div className="grid grid-cols-2 gap-3">
          <SelectField label="Kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as LeadKind)} error={errorOf("kind", "Kind")}>
            {(Object.keys(leadKindLabels) as LeadKind[]).map((option) => (
              <option key={option} value={option}>
                {leadKindLabels[option]}
              </option>
            ))}
          </SelectField>
          <TextField label="Source" name="source" placeholder="e.g. Referral" value={values.source} onChange={set("source")} error={errorOf("source", "Source")} />
        </div>
        <TextField label="Name" name="name" required autoFocus value={values.name} onChange={set("name")} error={errorOf("name", "Name")} />
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Email" name="email" type="email" value={values.email} onChange={set("email")} error={errorOf("email", "Email")} />
          <TextField label="Phone" name="phone" type="tel" value={values.phone} onChange={set("phone")} error={errorOf("phone", "Phone")} />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Company" name="company" value={values.company} onChange={set("company")} error={errorOf("company", "Company")} />
          {kind === "client" ? (
            <TextField
              label="Estimated value ($)"
              name="value"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={values.value}
              onChange={set("value")}
              error={errorOf("value", "Value")}
            />
          ) : null}
        </div>
        <TextAreaField label="Notes" name="notes" rows={2} value={values.notes} onChange={set("notes")} error={errorOf("notes", "Notes")} />
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Adding…" : "Add lead"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
