"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InsightsPanel } from "~/components/insights-panel";
import { ScorePanel } from "~/components/score-panel";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { Drawer } from "~/components/ui/drawer";
import { Options } from "~/components/ui/field";
import { useUndoDelete } from "~/components/crm/use-undo-delete";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { ScorePill } from "./lead-card";
import { LeadConversionPanel } from "./lead-conversion";
import { LeadDetails } from "./lead-details";
import { type LeadStatus, leadKindLabels, leadStatusLabels, leadStatusTones } from "./lead-status";
import { LeadTimeline } from "./lead-timeline";
import { MergeLeadDialog } from "./merge-lead-dialog";
import type { LeadDetail, LeadPermissions } from "./lead-types";

export interface LeadDrawerProps {
  leadId: string | null;
  viewer: { id: string; name: string };
  can: LeadPermissions;
  onClose: () => void;
  onStatusChange: (id: string, status: LeadStatus) => void;
}

export function LeadDrawer({ leadId, viewer, can, onClose, onStatusChange }: LeadDrawerProps) {
  const trpc = useTRPC();
  const lead = useQuery({ ...trpc.crm.leads.get.queryOptions({ id: leadId ?? "" }), enabled: leadId !== null });
  const title = lead.data?.name ?? "Lead";

  return (
    <Drawer
      key={leadId ?? "closed"}
      open={leadId !== null}
      onClose={onClose}
      title={title}
      data-testid="lead-drawer"
      header={
        lead.data ? (
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <p className="truncate text-base font-semibold text-zinc-900" data-testid="lead-drawer-name">
                {lead.data.name}
              </p>
              <Badge>{leadKindLabels[lead.data.kind]}</Badge>
            </div>
            <p className="mt-0.5 truncate text-xs text-zinc-500">
              {[lead.data.company, lead.data.email, lead.data.phone].filter(Boolean).join(" · ") || "No contact details"} · added {formatDate(lead.data.createdAt)}
            </p>
          </div>
        ) : undefined
      }
    >
      {lead.isPending ? (
        <p className="text-sm text-zinc-500">Loading lead…</p>
      ) : lead.isError ? (
        <Alert tone="error">
          {describeApiError(lead.error).appCode === "NOT_FOUND" ? "This lead does not exist, or it is not one you can see." : describeApiError(lead.error).message}
        </Alert>
      ) : (
        <LeadDrawerBody lead={lead.data} viewer={viewer} can={can} onStatusChange={onStatusChange} onDeleted={onClose} />
      )}
    </Drawer>
  );
}

function LeadDrawerBody({
  lead,
  viewer,
  can,
  onStatusChange,
  onDeleted,
}: {
  lead: LeadDetail;
  viewer: { id: string; name: string };
  can: LeadPermissions;
  onStatusChange: (id: string, status: LeadStatus) => void;
  onDeleted: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const undoDelete = useUndoDelete();
  const router = useRouter();
  const [merging, setMerging] = useState(false);
  const remove = useConfirmedMutation(
    trpc.crm.leads.delete.mutationOptions({
      onSuccess: async (deleted) => {
        undoDelete({ entityType: "lead", id: deleted.id, label: deleted.name });
        onDeleted();
        queryClient.removeQueries(trpc.crm.leads.get.queryFilter({ id: deleted.id }));
        await queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter());
      },
    }),
    (leadId: string) => ({ id: leadId }),
  );

  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-3 gap-4 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200 ring-inset">
        <div>
          <dt className="mb-1 text-xs text-zinc-500">Status</dt>
          <dd>
            {can.write ? (
              <select
                aria-label="Status"
                value={lead.status}
                onChange={(event) => onStatusChange(lead.id, event.target.value as LeadStatus)}
                className="w-full rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
                data-testid="lead-drawer-status"
              >
                <Options options={leadStatusLabels} />
              </select>
            ) : (
              <Badge tone={leadStatusTones[lead.status]}>{leadStatusLabels[lead.status]}</Badge>
            )}
          </dd>
        </div>
        <div>
          <dt className="mb-1 text-xs text-zinc-500">Owner</dt>
          <dd>
            <OwnerControl lead={lead} viewer={viewer} can={can} />
          </dd>
        </div>
        <div>
          <dt className="mb-1 text-xs text-zinc-500">Score</dt>
          <dd className="flex h-7 items-center gap-2" data-testid="lead-drawer-score">
            <ScorePill score={lead.score} />
            <span className="text-xs text-zinc-500">of 100</span>
          </dd>
        </div>
      </dl>

      <ScorePanel title="Lead score" score={lead.scores.lead} testId="lead-score-panel" />
      {can.useCopilot ? <InsightsPanel entityType="lead" entityId={lead.id} /> : null}

      {lead.tags.includes("dnc") ? (
        <Alert tone="warning">This lead is on the do-not-contact list. Do not call, text or email them.</Alert>
      ) : null}

      <LeadConversionPanel lead={lead} canWrite={can.write} />
      <LeadDetails lead={lead} canWrite={can.write} />
      <LeadTimeline leadId={lead.id} leadName={lead.name} canWrite={can.write} />

      {can.delete ? (
        <div className="border-t border-zinc-200 pt-4">
          <Button
            variant="ghost"
            size="sm"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            onClick={() => remove.ask(lead.id)}
          >
            Delete lead
          </Button>
          {lead.convertedAt ? null : (
            <Button variant="ghost" size="sm" onClick={() => setMerging(true)} data-testid="open-merge-lead">
              Merge with another lead…
            </Button>
          )}
        </div>
      ) : null}
      {merging ? <MergeLeadDialog lead={lead} onClose={() => setMerging(false)} onMerged={(survivorId) => router.push(`/crm/leads?lead=${survivorId}`)} /> : null}
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete ${lead.name}?`}
        description="The lead and its timeline are removed. Contacts and opportunities made from it stay."
        confirmLabel="Delete lead"
      />
    </div>
  );
}

function OwnerControl({ lead, viewer, can }: { lead: LeadDetail; viewer: { id: string; name: string }; can: LeadPermissions }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const agents = useQuery({ ...trpc.crm.agents.list.queryOptions({}), enabled: can.write && can.assignOthers });
  const assign = useMutation(
    trpc.crm.leads.assign.mutationOptions({
      onSuccess: async (updated) => {
        toast(updated.owner ? `${lead.name} is now owned by ${updated.owner.name}.` : "Owner changed.", "success");
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.leads.get.queryFilter({ id: lead.id })),
          queryClient.invalidateQueries(trpc.crm.leads.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
        ]);
      },
      onError: (error) => toast(`Could not change the owner: ${describeApiError(error).message}`, "error"),
    }),
  );

  if (!can.write) return <span className="text-sm text-zinc-900">{lead.owner?.name ?? "Unassigned"}</span>;
  if (!can.assignOthers) {
    if (lead.ownerId === viewer.id) return <span className="text-sm text-zinc-900">You</span>;
    return (
      <Button variant="secondary" size="sm" disabled={assign.isPending} onClick={() => assign.mutate({ id: lead.id, ownerId: viewer.id })}>
        Assign to me
      </Button>
    );
  }

  const options = new Map<string, string>([[viewer.id, `${viewer.name} (you)`]]);
  if (lead.owner) options.set(lead.owner.id, lead.owner.id === viewer.id ? `${viewer.name} (you)` : lead.owner.name);
  for (const agent of agents.data?.items ?? []) if (!options.has(agent.id)) options.set(agent.id, agent.name);

  return (
    <select
      aria-label="Owner"
      value={lead.ownerId ?? ""}
      disabled={assign.isPending}
      onChange={(event) => {
        if (event.target.value) assign.mutate({ id: lead.id, ownerId: event.target.value });
      }}
      className="w-full rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600 disabled:text-zinc-400"
      data-testid="lead-drawer-owner"
    >
      {lead.ownerId ? null : <option value="">Unassigned</option>}
      {[...options].map(([id, name]) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </select>
  );
}
