"use client";

import { useState } from "react";
import { ListState, LoadMoreButton, pagedRows } from "~/components/ui/list-shell";
import { cn } from "~/lib/cn";
import type { LeadListInput } from "./lead-filters";
import { LEAD_DRAG_TYPE, LeadCard, readLeadDrag } from "./lead-card";
import { type LeadStatus, leadStatuses, leadStatusLabels } from "./lead-status";
import { useLeadList } from "./use-lead-list";

const columnAccents: Record<LeadStatus, string> = {
  new: "bg-zinc-400",
  contacted: "bg-sky-500",
  qualified: "bg-indigo-500",
  appointment_set: "bg-violet-500",
  proposal: "bg-amber-500",
  won: "bg-emerald-500",
  lost: "bg-red-400",
};

export interface LeadsBoardProps {
  input: LeadListInput;
  canWrite: boolean;
  onOpen: (id: string) => void;
  onStatusChange: (id: string, status: LeadStatus) => void;
}

/** One column per status, each its own paged query; drop a card on a column (or use its status menu) to move it. */
export function LeadsBoard(props: LeadsBoardProps) {
  return (
    <div className="-mx-1 overflow-x-auto pb-2" data-testid="leads-board">
      <div className="flex min-w-max gap-3 px-1">
        {leadStatuses.map((status) => (
          <LeadColumn key={status} status={status} {...props} />
        ))}
      </div>
    </div>
  );
}

function LeadColumn({ status, input, canWrite, onOpen, onStatusChange }: LeadsBoardProps & { status: LeadStatus }) {
  const leads = useLeadList({ ...input, status });
  const [dropping, setDropping] = useState(false);
  const { rows: items, total } = pagedRows(leads.data);

  return (
    <section
      aria-label={leadStatusLabels[status]}
      data-testid="lead-column"
      data-status={status}
      onDragOver={(event) => {
        if (!canWrite || !event.dataTransfer.types.includes(LEAD_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        setDropping(false);
        const drag = readLeadDrag(event.dataTransfer);
        if (!drag) return;
        event.preventDefault();
        if (drag.from !== status) onStatusChange(drag.id, status);
      }}
      className={cn(
        "flex w-60 shrink-0 flex-col rounded-xl bg-zinc-50 ring-1 ring-zinc-200 transition-colors ring-inset",
        dropping && "bg-indigo-50/60 ring-2 ring-indigo-300",
      )}
    >
      <header className="flex items-center justify-between gap-2 px-3 pt-3 pb-2">
        <h3 className="flex items-center gap-2 text-sm font-medium text-zinc-800">
          <span aria-hidden="true" className={cn("size-2 rounded-full", columnAccents[status])} />
          {leadStatusLabels[status]}
        </h3>
        <span className="text-xs text-zinc-500 tabular-nums" data-testid="lead-column-count">
          {leads.isPending ? "…" : total}
        </span>
      </header>
      <div className="flex min-h-24 flex-1 flex-col gap-2 px-2 pb-2">
        <ListState
          query={leads}
          isEmpty={items.length === 0}
          loading={<p className="px-1 py-2 text-xs text-zinc-400">Loading…</p>}
          empty={
            <p className="rounded-lg border border-dashed border-zinc-200 px-2 py-4 text-center text-xs text-zinc-400">
              {canWrite ? "Drop a lead here" : "No leads"}
            </p>
          }
        >
          {items.map((lead) => (
            <LeadCard key={lead.id} lead={lead} canWrite={canWrite} onOpen={onOpen} onStatusChange={onStatusChange} />
          ))}
        </ListState>
        <LoadMoreButton query={leads} label="Load more" />
      </div>
    </section>
  );
}
