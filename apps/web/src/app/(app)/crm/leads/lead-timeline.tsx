"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextAreaField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { cn } from "~/lib/cn";
import { formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import type { LeadTimelineEntry } from "./lead-types";

type LoggableType = RouterInputs["crm"]["leads"]["addActivity"]["type"];

const loggableTypes: Record<LoggableType, string> = {
  note: "Note",
  call: "Call",
  email: "Email",
  sms: "Text message",
  meeting: "Meeting",
};

const typeMarks: Record<LeadTimelineEntry["type"], { label: string; className: string }> = {
  note: { label: "N", className: "bg-zinc-100 text-zinc-600" },
  call: { label: "C", className: "bg-sky-100 text-sky-700" },
  email: { label: "E", className: "bg-indigo-100 text-indigo-700" },
  sms: { label: "T", className: "bg-teal-100 text-teal-700" },
  meeting: { label: "M", className: "bg-violet-100 text-violet-700" },
  status_change: { label: "S", className: "bg-amber-100 text-amber-800" },
  stage_change: { label: "S", className: "bg-amber-100 text-amber-800" },
  task: { label: "T", className: "bg-zinc-100 text-zinc-600" },
  email_opened: { label: "O", className: "bg-indigo-50 text-indigo-600" },
  page_visit: { label: "V", className: "bg-zinc-100 text-zinc-600" },
  system: { label: "H", className: "bg-emerald-100 text-emerald-700" },
};

export function LeadTimeline({ leadId, entries, canWrite }: { leadId: string; entries: LeadTimelineEntry[]; canWrite: boolean }) {
  return (
    <section aria-labelledby="lead-timeline-heading">
      <h3 id="lead-timeline-heading" className="text-sm font-semibold text-zinc-900">
        Timeline
      </h3>
      {canWrite ? <AddActivityForm leadId={leadId} /> : null}
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-500">Nothing has happened with this lead yet.</p>
      ) : (
        <ol className="mt-4 space-y-4" data-testid="lead-timeline">
          {entries.map((entry) => {
            const mark = typeMarks[entry.type];
            return (
              <li key={entry.id} className="flex gap-3" data-testid="timeline-entry">
                <span aria-hidden="true" className={cn("mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-[11px] font-semibold", mark.className)}>
                  {mark.label}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-zinc-900">{entry.title}</p>
                  {entry.description ? <p className="mt-0.5 text-sm whitespace-pre-line text-zinc-600">{entry.description}</p> : null}
                  {entry.outcome ? <p className="mt-0.5 text-xs text-zinc-500">Outcome: {entry.outcome}</p> : null}
                  {entry.nextStep ? <p className="mt-0.5 text-xs text-zinc-500">Next step: {entry.nextStep}</p> : null}
                  <p className="mt-0.5 text-xs text-zinc-400">
                    {entry.actor?.name ?? "Harbor"} · <time dateTime={entry.occurredAt.toISOString()}>{formatRelative(entry.occurredAt)}</time>
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function AddActivityForm({ leadId }: { leadId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [type, setType] = useState<LoggableType>("note");
  const [description, setDescription] = useState("");
  const add = useMutation(
    trpc.crm.leads.addActivity.mutationOptions({
      onSuccess: async () => {
        setDescription("");
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.leads.get.queryFilter({ id: leadId })),
          queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
        ]);
      },
    }),
  );
  const problem = add.error ? describeApiError(add.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate({ leadId, type, description });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-2 rounded-lg border border-zinc-200 p-3" noValidate data-testid="add-activity-form">
      {problem && Object.keys(problem.fieldErrors).length === 0 ? <Alert tone="error">{problem.message}</Alert> : null}
      <div className="grid grid-cols-[9rem_1fr] gap-3">
        <SelectField label="Activity" name="type" value={type} onChange={(event) => setType(event.target.value as LoggableType)}>
          <Options options={loggableTypes} />
        </SelectField>
        <TextAreaField
          label="What happened"
          name="description"
          rows={2}
          placeholder={type === "note" ? "A note for the team" : "Summary, outcome, next step"}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldMessage("Description", problem?.fieldErrors.description)}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={add.isPending || description.trim() === ""}>
          {add.isPending ? "Adding…" : "Add to timeline"}
        </Button>
      </div>
    </form>
  );
}
