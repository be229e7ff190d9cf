"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, type ReactNode, useState } from "react";
import { ActivityTimeline } from "~/components/crm/activity-timeline";
import { InsightsPanel } from "~/components/insights-panel";
import { ScorePanel } from "~/components/score-panel";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Drawer } from "~/components/ui/drawer";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { LostReasonDialog } from "~/components/crm/lost-reason-dialog";
import { OpportunityFormDialog } from "~/components/crm/opportunity-form-dialog";
import { AddTaskButton } from "~/components/crm/task-actions";
import { Options, SelectField, TextAreaField } from "~/components/ui/field";
import { MeterBar } from "~/components/ui/meter";
import { useFormMutation } from "~/components/ui/form";
import { optionsFrom } from "~/components/ui/options";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatDay, formatMoney, formatRelative, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { type Stage, stageAccents, stageLabels } from "~/components/crm/stage-labels";

type Opportunity = RouterOutputs["crm"]["opportunities"]["get"];
type ActivityType = RouterInputs["crm"]["opportunities"]["addActivity"]["type"];

/** The deal behind `?opportunity=<id>`: its figures, stage history and timeline; edit and delete for those who may. */
export function OpportunityPanel({
  id,
  canWrite,
  canDelete,
  canUseCopilot,
  onClose,
}: {
  id: string | null;
  canWrite: boolean;
  canDelete: boolean;
  canUseCopilot: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const opportunity = useQuery(trpc.crm.opportunities.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  const title = opportunity.data?.title ?? "Opportunity";

  return (
    <Drawer key={id ?? "closed"} open={id !== null} onClose={onClose} title={title} data-testid="opportunity-panel">
      {opportunity.isPending ? (
        <p className="text-sm text-zinc-500">Loading…</p>
      ) : opportunity.isError ? (
        <Alert tone="error">
          {describeApiError(opportunity.error).appCode === "NOT_FOUND"
            ? "This deal no longer exists, or it belongs to someone outside your team."
            : describeApiError(opportunity.error).message}
        </Alert>
      ) : (
        <OpportunityDetails opportunity={opportunity.data} canWrite={canWrite} canDelete={canDelete} canUseCopilot={canUseCopilot} onDeleted={onClose} />
      )}
    </Drawer>
  );
}

function OpportunityDetails({
  opportunity,
  canWrite,
  canDelete,
  canUseCopilot,
  onDeleted,
}: {
  opportunity: Opportunity;
  canWrite: boolean;
  canDelete: boolean;
  canUseCopilot: boolean;
  onDeleted: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [askingLostReason, setAskingLostReason] = useState(false);
  const move = useMutation(
    trpc.crm.opportunities.moveStage.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.crm.opportunities.pathFilter()),
    }),
  );
  const remove = useConfirmedMutation(
    trpc.crm.opportunities.delete.mutationOptions({
      onSuccess: async () => {
        onDeleted();
        await Promise.all([queryClient.invalidateQueries(trpc.crm.opportunities.pathFilter()), queryClient.invalidateQueries(trpc.crm.contacts.pathFilter())]);
      },
    }),
    (opportunityId: string) => ({ id: opportunityId }),
  );

  function changeStage(stage: Stage) {
    if (stage === "closed_lost") setAskingLostReason(true);
    else move.mutate({ id: opportunity.id, stage });
  }

  return (
    <div className="space-y-6" data-testid="opportunity-details" data-opportunity-id={opportunity.id}>
      <div className="text-sm text-zinc-600">
        {opportunity.contact ? (
          <Link href={`/crm/contacts/${opportunity.contact.id}`} className="font-medium text-indigo-600 hover:text-indigo-500">
            {opportunity.contact.name}
          </Link>
        ) : (
          <span className="text-zinc-400">No contact</span>
        )}
        {opportunity.contact?.company ? ` · ${opportunity.contact.company}` : ""}
        <span data-testid="panel-owner">{opportunity.owner ? ` · Owner: ${opportunity.owner.name}` : " · No owner"}</span>
      </div>
      {canWrite ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)} data-testid="edit-opportunity">
            Edit deal
          </Button>
          <AddTaskButton about={{ kind: "opportunity", id: opportunity.id, name: opportunity.title }} />
          {canDelete ? (
            <Button variant="ghost" size="sm" onClick={() => remove.ask(opportunity.id)} data-testid="delete-opportunity">
              Delete
            </Button>
          ) : null}
        </div>
      ) : null}

      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm">
        <Fact label="Value">
          <span data-testid="panel-value">{formatMoney(opportunity.value)}</span>
        </Fact>
        <Fact label="Probability">
          <span className="flex items-center gap-2">
            <span className="w-20">
              <MeterBar value={opportunity.probability} tone="indigo" label="Probability" />
            </span>
            <span data-testid="panel-probability">{opportunity.probability}%</span>
          </span>
        </Fact>
        <Fact label="Stage">
          {canWrite ? (
            <select
              aria-label="Stage"
              value={opportunity.stage}
              disabled={move.isPending}
              onChange={(event) => changeStage(event.target.value as Stage)}
              className="rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm text-zinc-800 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
              data-testid="panel-stage"
            >
              <Options options={stageLabels} />
            </select>
          ) : (
            stageLabels[opportunity.stage]
          )}
        </Fact>
        <Fact label="Expected close">
          <span data-testid="panel-close-date">{formatDay(opportunity.expectedCloseDate)}</span>
        </Fact>
        <Fact label="Priority">{humanize(opportunity.priority)}</Fact>
        <Fact label="In stage since">{formatRelative(opportunity.stageEnteredAt)}</Fact>
        {opportunity.stage === "closed_lost" && opportunity.lostReason ? (
          <div className="col-span-2">
            <Fact label="Lost reason">
              <span data-testid="panel-lost-reason">{opportunity.lostReason}</span>
            </Fact>
          </div>
        ) : null}
      </dl>
      <ErrorAlert error={move.error} />
      {editing ? <OpportunityFormDialog opportunity={opportunity} onClose={() => setEditing(false)} /> : null}
      <LostReasonDialog
        deal={askingLostReason ? opportunity : null}
        onClose={() => setAskingLostReason(false)}
        onLost={(deal, lostReason) => move.mutate({ id: deal.id, stage: "closed_lost", lostReason })}
      />
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete “${opportunity.title}”?`}
        description="The deal goes to the trash with its stage history and timeline, where it can be restored."
        confirmLabel="Delete deal"
      />

      <ScorePanel title="Win probability" score={opportunity.scores.probability} testId="opportunity-probability-score" />
      {canUseCopilot ? <InsightsPanel entityType="opportunity" entityId={opportunity.id} /> : null}

      {opportunity.description ? <p className="text-sm whitespace-pre-line text-zinc-700">{opportunity.description}</p> : null}

      {opportunity.riskFactors.length > 0 || opportunity.positiveSignals.length > 0 || opportunity.competitor ? (
        <div className="space-y-2 text-sm">
          {opportunity.competitor ? (
            <p>
              <span className="text-zinc-500">Competitor: </span>
              {opportunity.competitor}
            </p>
          ) : null}
          <SignalList title="Risks" items={opportunity.riskFactors} tone="red" />
          <SignalList title="Positive signals" items={opportunity.positiveSignals} tone="green" />
        </div>
      ) : null}

      <section aria-labelledby="stage-history-heading">
        <h3 id="stage-history-heading" className="text-sm font-semibold text-zinc-900">
          Stage history
        </h3>
        <ol className="mt-2 space-y-1.5" data-testid="stage-history">
          {opportunity.stageHistory.map((change) => (
            <li key={change.id} className="flex items-center gap-2 text-sm" data-testid="stage-history-item">
              <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${stageAccents[change.toStage]}`} />
              <span className="text-zinc-900">
                {change.fromStage ? `${stageLabels[change.fromStage]} → ` : "Created in "}
                {stageLabels[change.toStage]}
              </span>
              <span className="text-xs text-zinc-500">{change.probability}%</span>
              <span className="ml-auto text-xs text-zinc-400" title={formatDate(change.changedAt)}>
                {formatRelative(change.changedAt)}
                {change.changedBy ? ` · ${change.changedBy.name}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="opportunity-timeline-heading">
        <h3 id="opportunity-timeline-heading" className="text-sm font-semibold text-zinc-900">
          Timeline
        </h3>
        {canWrite ? <AddActivityForm opportunityId={opportunity.id} /> : null}
        <div className="mt-4">
          <ActivityTimeline activities={opportunity.timeline} emptyText="No activity logged on this deal yet." testId="opportunity-timeline" />
        </div>
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-zinc-900">{children}</dd>
    </div>
  );
}

function SignalList({ title, items, tone }: { title: string; items: string[]; tone: "red" | "green" }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="text-zinc-500">{title}:</span>
      {items.map((item) => (
        <Badge key={item} tone={tone}>
          {item}
        </Badge>
      ))}
    </div>
  );
}

const activityTypes = optionsFrom<ActivityType>({ call: "Call", email: "Email", meeting: "Meeting", sms: "SMS", note: "Note" });

function AddActivityForm({ opportunityId }: { opportunityId: string }) {
  const trpc = useTRPC();
  const add = useFormMutation(trpc.crm.opportunities.addActivity.mutationOptions(), {
    initialValues: { type: "call" as ActivityType, description: "" },
    fields: ["description"],
    invalidates: [trpc.crm.opportunities.pathFilter()],
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutation.mutate({ opportunityId, ...add.values }, { onSuccess: () => add.setValue("description", "") });
  }

  return (
    <form onSubmit={submit} className="mt-3 space-y-3 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200" noValidate data-testid="add-opportunity-activity">
      {add.banner ? <Alert tone="error">{add.banner}</Alert> : null}
      <div className="grid grid-cols-[8rem_1fr] gap-3">
        <SelectField label="Kind" value={add.values.type} onChange={add.set("type")}>
          <Options options={activityTypes} />
        </SelectField>
        <TextAreaField
          label="What happened"
          rows={2}
          value={add.values.description}
          onChange={add.set("description")}
          error={add.errorOf("description", "Description")}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={add.pending}>
          {add.pending ? "Saving…" : "Log activity"}
        </Button>
      </div>
    </form>
  );
}
