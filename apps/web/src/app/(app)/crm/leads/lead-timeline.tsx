"use client";

import { type FormEvent } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextAreaField } from "~/components/ui/field";
import { useFormMutation } from "~/components/ui/form";
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
  const add = useFormMutation(trpc.crm.leads.addActivity.mutationOptions(), {
    initialValues: { type: "note" as LoggableType, description: "" },
    fields: ["description"],
    invalidates: [trpc.crm.leads.get.queryFilter({ id: leadId }), trpc.crm.leads.timeline.pathFilter(), trpc.crm.leads.list.pathFilter()],
  });
  const { type, description } = add.values;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutation.mutate({ leadId, type, description }, { onSuccess: () => add.setValue("description", "") });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-2 rounded-lg border border-zinc-200 p-3" noValidate data-testid="add-activity-form">
      {add.banner ? <Alert tone="error">{add.banner}</Alert> : null}
      <div className="grid grid-cols-[9rem_1fr] gap-3">
        <SelectField label="Activity" name="type" value={type} onChange={add.set("type")}>
          <Options options={loggableTypes} />
        </SelectField>
        <TextAreaField
          label="What happened"
          name="description"
          rows={2}
          placeholder={type === "note" ? "A note for the team" : "Summary, outcome, next step"}
          value={description}
          onChange={add.set("description")}
          error={add.errorOf("description", "Description")}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={add.pending || description.trim() === ""}>
          {add.pending ? "Adding…" : "Add to timeline"}
        </Button>
      </div>
    </form>
  );
}
