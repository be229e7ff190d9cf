"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { PagedTimeline } from "~/components/crm/paged-timeline";
import { AddTaskButton } from "~/components/crm/task-actions";
import { OpportunityFormDialog } from "~/components/crm/opportunity-form-dialog";
import { useUndoDelete } from "~/components/crm/use-undo-delete";
import { FilesPanel } from "~/components/files-panel";
import { InsightsPanel } from "~/components/insights-panel";
import { BackLink } from "~/components/page-header";
import { ScorePanel } from "~/components/score-panel";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { Gauge } from "~/components/ui/meter";
import { describeApiError } from "~/lib/api-errors";
import { formatDay, formatMoney, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { churnTone, healthTone, isAtRiskChurn, relationshipHealthLabels, sentimentLabels, sentimentTones } from "../contact-labels";
import { ContactFormDialog } from "../contact-form-dialog";
import { HouseholdCard } from "./household-card";
import { LogCommunicationDialog } from "./log-communication-dialog";
import { MergeContactDialog } from "./merge-contact-dialog";
import { PersonDataActions } from "./person-data-actions";
import { PoliciesSection } from "./policies-section";
import { RelatedRecords } from "./related-records";

export interface ContactPermissions {
  canWrite: boolean;
  canDelete: boolean;
  canUseCopilot: boolean;
  canExportPersonData: boolean;
  canErasePersonData: boolean;
}

export function ContactDetail({ id, canWrite, canDelete, canUseCopilot, canExportPersonData, canErasePersonData }: ContactPermissions & { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [addingDeal, setAddingDeal] = useState(false);
  const [merging, setMerging] = useState(false);
  const contact = useQuery(trpc.crm.contacts.get.queryOptions({ id }));
  const undoDelete = useUndoDelete();
  const remove = useConfirmedMutation(
    trpc.crm.contacts.delete.mutationOptions({
      onSuccess: async (deleted) => {
        undoDelete({ entityType: "contact", id: deleted.id, label: contact.data?.name ?? "The contact" });
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        router.push("/crm/contacts");
      },
    }),
    (contactId: string) => ({ id: contactId }),
  );

  if (contact.isPending) return <p className="text-sm text-zinc-500">Loading contact…</p>;
  if (contact.isError) {
    const problem = describeApiError(contact.error);
    return problem.appCode === "NOT_FOUND" ? (
      <EmptyState title="Contact not found" testId="contact-not-found" action={<BackLink href="/crm/contacts">All contacts</BackLink>}>
        It may have been deleted, or it belongs to someone outside your team.
      </EmptyState>
    ) : (
      <Alert tone="error">{problem.message}</Alert>
    );
  }

  const data = contact.data;
  return (
    <div data-testid="contact-detail" data-contact-id={data.id}>
      <BackLink href="/crm/contacts">All contacts</BackLink>
      <div className="mt-3 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900" data-testid="contact-name">
            {data.name}
          </h1>
          <p className="mt-1 text-sm text-zinc-500">
            {[data.title, data.company].filter(Boolean).join(" · ") || "No company on file"}
            {data.owner ? ` · Owner: ${data.owner.name}` : ""}
          </p>
          <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-zinc-700">
            {data.email ? (
              <a href={`mailto:${data.email}`} className="hover:text-indigo-600">
                {data.email}
              </a>
            ) : null}
            {data.phone ? (
              <a href={`tel:${data.phone}`} className="hover:text-indigo-600">
                {data.phone}
              </a>
            ) : null}
          </p>
        </div>
        <div className="flex items-center gap-2">
          {canWrite ? (
            <>
              <Button onClick={() => setLogging(true)} data-testid="open-log-communication">
                Log communication
              </Button>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Edit
              </Button>
            </>
          ) : null}
          <PersonDataActions contact={data} canExport={canExportPersonData} canErase={canErasePersonData} />
          {canDelete ? (
            <Button variant="ghost" onClick={() => setMerging(true)} data-testid="open-merge-contact">
              Merge…
            </Button>
          ) : null}
          {canDelete ? (
            <Button variant="ghost" onClick={() => remove.ask(data.id)} data-testid="delete-contact">
              Delete
            </Button>
          ) : null}
        </div>
      </div>

      {data.tags.includes("dnc") ? (
        <Alert tone="warning" className="mt-4" data-testid="contact-dnc-alert">
          This contact is on the do-not-contact list. Do not call, text or email them.
        </Alert>
      ) : null}

      <section aria-label="Relationship" className="mt-6 grid gap-3 rounded-xl border border-zinc-200 p-4 sm:grid-cols-2 lg:grid-cols-4">
        <Gauge
          value={data.healthScore}
          tone={healthTone(data.healthScore)}
          label="Health score"
          caption={relationshipHealthLabels[data.relationshipHealth]}
          testId="contact-health"
        />
        <Gauge value={data.churnRisk} tone={churnTone(data.churnRisk)} label="Churn risk" caption={isAtRiskChurn(data.churnRisk) ? "At risk" : "Out of 100"} testId="contact-churn" />
        <dl className="space-y-2.5 text-sm">
          <Fact label="Sentiment">
            <Badge tone={sentimentTones[data.sentiment]}>{sentimentLabels[data.sentiment]}</Badge>
          </Fact>
          <Fact label="Last contact">{formatRelative(data.lastContactAt)}</Fact>
          <Fact label="Next follow-up">
            {data.nextFollowUpAt ? (
              <span className={data.nextFollowUpAt.getTime() <= Date.now() ? "font-medium text-amber-700" : undefined} data-testid="contact-next-follow-up">
                {formatDay(data.nextFollowUpAt)}
              </span>
            ) : (
              "None set"
            )}
          </Fact>
        </dl>
        <dl className="space-y-2.5 text-sm">
          <Fact label="Active premium">{formatMoney(data.summary.activePremium)}</Fact>
          <Fact label="Open pipeline">{formatMoney(data.summary.openPipelineValue)}</Fact>
          <Fact label="Won">{formatMoney(data.summary.wonValue)}</Fact>
          <HouseholdCard contact={data} canWrite={canWrite} />
        </dl>
        {data.tags.length > 0 ? (
          <div className="flex flex-wrap items-center gap-1.5 sm:col-span-2 lg:col-span-4" data-testid="contact-tags">
            <span className="text-xs text-zinc-500">Tags</span>
            {data.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </div>
        ) : null}
        {data.notes ? <p className="text-sm whitespace-pre-line text-zinc-600 sm:col-span-2 lg:col-span-4">{data.notes}</p> : null}
      </section>

      <div className="mt-4 grid items-start gap-3 lg:grid-cols-3" data-testid="contact-scores">
        <ScorePanel title="Health score" score={data.scores.health} testId="contact-health-score" />
        <ScorePanel title="Churn risk" score={data.scores.churn} risk testId="contact-churn-score" />
        {canUseCopilot ? <InsightsPanel entityType="contact" entityId={data.id} /> : null}
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <PoliciesSection contactId={data.id} policies={data.policies} canWrite={canWrite} />
          {/* crm:write and files:write go to the same roles; the API checks files:write. */}
          <FilesPanel entityType="contact" entityId={data.id} canWrite={canWrite} />
          <section aria-labelledby="timeline-heading">
            <div className="flex items-end justify-between gap-4 border-b border-zinc-200 pb-2">
              <h2 id="timeline-heading" className="text-base font-semibold text-zinc-900">
                Timeline
              </h2>
              {canWrite ? (
                <Button variant="ghost" size="sm" onClick={() => setLogging(true)}>
                  Log communication
                </Button>
              ) : null}
            </div>
            <div className="mt-4">
              <PagedTimeline of="contact" id={data.id} emptyText="No calls, emails, meetings or notes yet." testId="contact-timeline" />
            </div>
          </section>
        </div>
        <RelatedRecords
          opportunities={data.opportunities}
          tickets={data.tickets}
          tasks={data.openTasks}
          onAddOpportunity={canWrite ? () => setAddingDeal(true) : undefined}
          addTask={canWrite ? <AddTaskButton about={{ kind: "contact", id: data.id, name: data.name }} /> : undefined}
          canWrite={canWrite}
        />
      </div>

      {canWrite ? (
        <>
          {editing ? <ContactFormDialog open onClose={() => setEditing(false)} contact={data} /> : null}
          <LogCommunicationDialog open={logging} onClose={() => setLogging(false)} contactId={data.id} />
          {addingDeal ? <OpportunityFormDialog contact={{ id: data.id, name: data.name, company: data.company }} onClose={() => setAddingDeal(false)} /> : null}
        </>
      ) : null}
      {canDelete && merging ? <MergeContactDialog contact={data} onClose={() => setMerging(false)} /> : null}
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete ${data.name}?`}
        description="They go to the trash with their policies and timeline, and can be restored from there for 30 days."
        confirmLabel="Delete contact"
      />
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-3">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="text-right font-medium text-zinc-900">{children}</dd>
    </div>
  );
}
