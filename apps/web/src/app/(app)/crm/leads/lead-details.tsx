"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/field";
import { useToast } from "~/components/ui/toast";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { formatMoney, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { LeadDetail } from "./lead-types";

const textFields = ["name", "email", "phone", "company", "jobTitle", "source", "city", "timeline", "preferredChannel", "notes"] as const;
type TextFieldName = (typeof textFields)[number];
type FormValues = Record<TextFieldName | "value" | "budget" | "tags", string>;

function formFrom(lead: LeadDetail): FormValues {
  const values = Object.fromEntries(textFields.map((field) => [field, lead[field] ?? ""])) as Record<TextFieldName, string>;
  return { ...values, value: lead.value?.toString() ?? "", budget: lead.budget?.toString() ?? "", tags: lead.tags.join(", ") };
}

const money = (text: string) => (text.trim() === "" ? null : Number(text));

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-zinc-900">{children ?? <span className="text-zinc-400">—</span>}</dd>
    </div>
  );
}

/** The lead's own fields, read as a summary and edited in place. */
export function LeadDetails({ lead, canWrite }: { lead: LeadDetail; canWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <LeadDetailsForm lead={lead} onDone={() => setEditing(false)} />;

  const isClient = lead.kind === "client";
  return (
    <section aria-labelledby="lead-details-heading">
      <div className="flex items-center justify-between">
        <h3 id="lead-details-heading" className="text-sm font-semibold text-zinc-900">
          Details
        </h3>
        {canWrite ? (
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-3" data-testid="lead-details">
        <Detail label="Email">{lead.email ? <a href={`mailto:${lead.email}`} className="text-indigo-700 hover:underline">{lead.email}</a> : null}</Detail>
        <Detail label="Phone">{lead.phone ? <a href={`tel:${lead.phone}`} className="text-indigo-700 hover:underline">{lead.phone}</a> : null}</Detail>
        <Detail label="Company">{lead.company}</Detail>
        <Detail label="Job title">{lead.jobTitle}</Detail>
        <Detail label="Source">{lead.source}</Detail>
        {isClient ? <Detail label="Estimated value">{lead.value === null ? null : formatMoney(lead.value)}</Detail> : null}
        <Detail label="Budget">{lead.budget === null ? null : formatMoney(lead.budget)}</Detail>
        <Detail label="City">{lead.city}</Detail>
        <Detail label="Buying timeline">{lead.timeline}</Detail>
        <Detail label="Preferred channel">{lead.preferredChannel}</Detail>
        <Detail label="Last interaction">{formatRelative(lead.lastInteractionAt)}</Detail>
        <Detail label="Tags">
          {lead.tags.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {lead.tags.map((tag) => (
                <Badge key={tag} tone={tag === "dnc" ? "red" : "neutral"}>
                  {tag === "dnc" ? "Do not contact" : tag}
                </Badge>
              ))}
            </span>
          ) : null}
        </Detail>
      </dl>
      {lead.notes ? <p className="mt-3 text-sm whitespace-pre-line text-zinc-700">{lead.notes}</p> : null}
    </section>
  );
}

function LeadDetailsForm({ lead, onDone }: { lead: LeadDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [values, setValues] = useState(() => formFrom(lead));
  const update = useMutation(
    trpc.crm.leads.update.mutationOptions({
      onSuccess: async () => {
        toast("Lead saved.", "success");
        onDone();
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.leads.get.queryFilter({ id: lead.id })),
          queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
        ]);
      },
    }),
  );
  const problem = update.error ? describeApiError(update.error) : null;
  const field = (name: keyof FormValues, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      label={label}
      name={name}
      value={values[name]}
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      error={fieldMessage(label, problem?.fieldErrors[name])}
      {...extra}
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Empty fields are sent as null: clearing a field removes the value.
    const text = Object.fromEntries(textFields.filter((name) => name !== "name").map((name) => [name, values[name].trim() || null])) as Record<
      Exclude<TextFieldName, "name">,
      string | null
    >;
    update.mutate({
      id: lead.id,
      ...text,
      name: values.name,
      ...(lead.kind === "client" ? { value: money(values.value) } : {}),
      budget: money(values.budget),
      tags: values.tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate data-testid="lead-details-form">
      <h3 className="text-sm font-semibold text-zinc-900">Edit details</h3>
      {problem && Object.keys(problem.fieldErrors).length === 0 ? <Alert tone="error">{problem.message}</Alert> : null}
      {field("name", "Name", { required: true, autoFocus: true })}
      <div className="grid grid-cols-2 gap-3">
        {field("email", "Email", { type: "email" })}
        {field("phone", "Phone", { type: "tel" })}
        {field("company", "Company")}
        {field("jobTitle", "Job title")}
        {field("source", "Source")}
        {lead.kind === "client" ? field("value", "Estimated value ($)", { type: "number", min: 0, step: "any", inputMode: "decimal" }) : null}
        {field("budget", "Budget ($)", { type: "number", min: 0, step: "any", inputMode: "decimal" })}
        {field("city", "City")}
        {field("timeline", "Buying timeline", { placeholder: "e.g. Within 3 months" })}
        {field("preferredChannel", "Preferred channel", { placeholder: "e.g. Phone" })}
      </div>
      {field("tags", "Tags", { hint: "Separate tags with commas." })}
      <TextAreaField
        label="Notes"
        name="notes"
        rows={3}
        value={values.notes}
        onChange={(event) => setValues({ ...values, notes: event.target.value })}
        error={fieldMessage("Notes", problem?.fieldErrors.notes)}
      />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
