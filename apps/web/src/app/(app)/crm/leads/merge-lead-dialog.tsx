"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { countsText, MergeDialog } from "~/components/crm/merge-dialog";
import type { MergeRow } from "~/components/crm/merge-field-table";
import { TextField } from "~/components/ui/field";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { leadStatusLabels } from "./lead-status";
import type { LeadDetail } from "./lead-types";

/** The fields crm.leads.merge lets the user pick, as each lead shows them. */
function leadRows(left: LeadDetail, right: LeadDetail): MergeRow[] {
  const row = (field: string, label: string, text: (lead: LeadDetail) => string) => ({ field, label, left: text(left), right: text(right) });
  const money = (value: number | null) => (value === null ? "" : formatMoney(value));
  return [
    row("name", "Name", (lead) => lead.name),
    row("email", "Email", (lead) => lead.email ?? ""),
    row("phone", "Phone", (lead) => lead.phone ?? ""),
    row("company", "Company", (lead) => lead.company ?? ""),
    row("jobTitle", "Job title", (lead) => lead.jobTitle ?? ""),
    row("status", "Status", (lead) => leadStatusLabels[lead.status]),
    row("source", "Source", (lead) => lead.source ?? ""),
    row("value", "Value", (lead) => money(lead.value)),
    row("budget", "Budget", (lead) => money(lead.budget)),
    row("city", "City", (lead) => lead.city ?? ""),
    row("timeline", "Timeline", (lead) => lead.timeline ?? ""),
    row("preferredChannel", "Preferred channel", (lead) => lead.preferredChannel ?? ""),
    row("ownerId", "Owner", (lead) => lead.owner?.name ?? ""),
    row("notes", "Notes", (lead) => lead.notes ?? ""),
  ];
}

const moving = (lead: LeadDetail) =>
  countsText([
    [lead.activities.length, "timeline entry", "timeline entries"],
    [lead.opportunities.length, "deal", "deals"],
  ]);

/** Merges this lead with another found by name, email or phone; converted leads cannot be merged. */
export function MergeLeadDialog({ lead, onClose, onMerged }: { lead: LeadDetail; onClose: () => void; onMerged: (survivorId: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [term, setTerm] = useState(lead.email ?? lead.name);
  const [otherId, setOtherId] = useState<string | null>(null);
  const search = term.trim();
  const found = useQuery(trpc.crm.leads.list.queryOptions({ limit: 6, search }, { enabled: otherId === null && search.length >= 2 }));
  const other = useQuery(trpc.crm.leads.get.queryOptions({ id: otherId ?? "" }, { enabled: otherId !== null }));
  const merge = useMutation(
    trpc.crm.leads.merge.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.crm.leads.pathFilter());
        onClose();
        onMerged(result.survivorId);
      },
    }),
  );
  const candidates = (found.data?.items ?? []).filter((item) => item.id !== lead.id && item.convertedAt === null);
  const right = other.data;

  const picker =
    otherId === null ? (
      <div className="space-y-1.5">
        <TextField label="Lead to merge with" type="search" value={term} onChange={(event) => setTerm(event.target.value)} hint="A name, email or phone." />
        <ul className="max-h-40 overflow-y-auto rounded-md ring-1 ring-zinc-200" aria-label="Matching leads">
          {candidates.length === 0 ? (
            <li className="px-3 py-2 text-xs text-zinc-500">{found.isFetching ? "Searching…" : "No other lead matches."}</li>
          ) : (
            candidates.map((candidate) => (
              <li key={candidate.id}>
                <button type="button" onClick={() => setOtherId(candidate.id)} className="block w-full px-3 py-1.5 text-left text-sm hover:bg-indigo-50" data-testid="merge-lead-candidate">
                  <span className="font-medium text-zinc-900">{candidate.name}</span>
                  <span className="text-zinc-500"> {[candidate.email, candidate.phone].filter(Boolean).join(" · ")}</span>
                </button>
              </li>
            ))
          )}
        </ul>
      </div>
    ) : (
      <div className="flex items-center justify-between rounded-md bg-zinc-50 px-3 py-2 text-sm ring-1 ring-zinc-200">
        <span className="font-medium text-zinc-900">{right?.name ?? "Loading…"}</span>
        <button type="button" onClick={() => setOtherId(null)} className="text-xs font-medium text-indigo-600 hover:text-indigo-500">
          Change
        </button>
      </div>
    );

  return (
    <MergeDialog
      title={`Merge ${lead.name} with another lead`}
      testId="merge-lead-dialog"
      record={lead}
      other={right ?? null}
      picker={picker}
      rows={right ? leadRows(lead, right) : []}
      movesOf={(side) => moving(side === "left" ? lead : right!)}
      submitLabel="Merge leads"
      pending={merge.isPending}
      error={merge.error ?? other.error}
      onMerge={(input) => merge.mutate(input)}
      onClose={onClose}
    />
  );
}
