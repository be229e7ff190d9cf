"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { countsText, MergeDialog, type MergeField } from "~/components/crm/merge-dialog";
import { TextField } from "~/components/ui/field";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { leadStatusLabels } from "./lead-status";
import type { LeadDetail } from "./lead-types";

const money = (value: number | null) => (value === null ? "" : formatMoney(value));

/** The fields crm.leads.merge lets the user pick, as each lead shows them. */
const leadFields: readonly MergeField<LeadDetail>[] = [
  ["name", "Name", (lead) => lead.name],
  ["email", "Email", (lead) => lead.email ?? ""],
  ["phone", "Phone", (lead) => lead.phone ?? ""],
  ["company", "Company", (lead) => lead.company ?? ""],
  ["jobTitle", "Job title", (lead) => lead.jobTitle ?? ""],
  ["status", "Status", (lead) => leadStatusLabels[lead.status]],
  ["source", "Source", (lead) => lead.source ?? ""],
  ["value", "Value", (lead) => money(lead.value)],
  ["budget", "Budget", (lead) => money(lead.budget)],
  ["city", "City", (lead) => lead.city ?? ""],
  ["timeline", "Timeline", (lead) => lead.timeline ?? ""],
  ["preferredChannel", "Preferred channel", (lead) => lead.preferredChannel ?? ""],
  ["ownerId", "Owner", (lead) => lead.owner?.name ?? ""],
  ["notes", "Notes", (lead) => lead.notes ?? ""],
];

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
        <span className="font-medium text-zinc-900">{other.data?.name ?? "Loading…"}</span>
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
      other={other.data ?? null}
      picker={picker}
      fields={leadFields}
      movesOf={moving}
      submitLabel="Merge leads"
      merge={merge}
      error={other.error}
      onClose={onClose}
    />
  );
}
