"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { TextAreaField, TextField } from "~/components/ui/field";
import { blankAsNull, FormBody, useFormMutation } from "~/components/ui/form";
import { useToast } from "~/components/ui/toast";
import { formatMoney, formatRelative } from "~/lib/format";
import { parseTags } from "~/lib/tags";
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
  const form = useFormMutation(
    trpc.crm.leads.update.mutationOptions({
      onSuccess: async () => {
        toast("Lead saved.", "success");
        onDone();
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.leads.get.queryFilter({ id: lead.id })),
          queryClient.invalidateQueries(trpc.crm.leads.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
        ]);
      },
    }),
    {
      initialValues: () => formFrom(lead),
      fields: Object.keys(formFrom(lead)),
      // Empty fields are sent as null: clearing a field removes the value.
      toInput: ({ name, value, budget, tags, ...text }) => ({
        id: lead.id,
        ...blankAsNull(text),
        name,
        ...(lead.kind === "client" ? { value: money(value) } : {}),
        budget: money(budget),
        tags: parseTags(tags),
      }),
    },
  );
  const field = (name: keyof FormValues, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => <TextField {...form.field(name, label)} {...extra} />;

  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-zinc-900">Edit details</h3>
      <FormBody banner={form.banner} pending={form.pending} onSubmit={form.submit} onCancel={onDone} submitLabel="Save" pendingLabel="Saving…" testId="lead-details-form">
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
        <TextAreaField {...form.field("notes", "Notes")} rows={3} />
      </FormBody>
    </div>
  );
}
