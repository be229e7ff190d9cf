"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextAreaField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { PagedTimeline } from "~/components/crm/paged-timeline";
import { AddTaskButton } from "~/components/crm/task-actions";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type LoggableType = RouterInputs["crm"]["leads"]["addActivity"]["type"];

const loggableTypes: Record<LoggableType, string> = {
  note: "Note",
  call: "Call",
  email: "Email",
  sms: "Text message",
  meeting: "Meeting",
};

/** The lead's timeline (paged, filterable by kind) under the form that adds to it. */
export function LeadTimeline({ leadId, leadName, canWrite }: { leadId: string; leadName: string; canWrite: boolean }) {
  return (
    <section aria-labelledby="lead-timeline-heading">
      <div className="flex items-center justify-between gap-2">
        <h3 id="lead-timeline-heading" className="text-sm font-semibold text-zinc-900">
          Timeline
        </h3>
        {canWrite ? <AddTaskButton about={{ kind: "lead", id: leadId, name: leadName }} /> : null}
      </div>
      {canWrite ? <AddActivityForm leadId={leadId} /> : null}
      <div className="mt-4">
        <PagedTimeline of="lead" id={leadId} emptyText="Nothing has happened with this lead yet." testId="lead-timeline" />
      </div>
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
          queryClient.invalidateQueries(trpc.crm.leads.timeline.pathFilter()),
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
