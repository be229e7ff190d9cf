"use client";

import { Badge } from "~/components/ui/badge";
import { Options } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { formatMoney, formatRelative } from "~/lib/format";
import { type LeadListItem, type LeadStatus, leadStatusLabels, scoreTone } from "./lead-status";

export const LEAD_DRAG_TYPE = "application/x-harbor-lead";

export interface LeadDragData {
  id: string;
  from: LeadStatus;
}

/** What a drop target reads back from a drag that started on a lead card; null for anything else. */
export function readLeadDrag(dataTransfer: DataTransfer): LeadDragData | null {
  try {
    const parsed = JSON.parse(dataTransfer.getData(LEAD_DRAG_TYPE)) as Partial<LeadDragData>;
    return typeof parsed.id === "string" && typeof parsed.from === "string" ? (parsed as LeadDragData) : null;
  } catch {
    return null;
  }
}

const scoreClasses = {
  green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  red: "bg-zinc-50 text-zinc-600 ring-zinc-200",
} as const;

export function ScorePill({ score, className }: { score: number; className?: string }) {
  return (
    <span
      title="Lead score (0–100)"
      className={cn("inline-flex min-w-8 justify-center rounded-full px-1.5 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset", scoreClasses[scoreTone(score)], className)}
    >
      {score}
    </span>
  );
}

export function LeadCard({
  lead,
  canWrite,
  onOpen,
  onStatusChange,
}: {
  lead: LeadListItem;
  canWrite: boolean;
  onOpen: (id: string) => void;
  onStatusChange: (id: string, status: LeadStatus) => void;
}) {
  return (
    <article
      draggable={canWrite}
      onDragStart={(event) => {
        event.dataTransfer.setData(LEAD_DRAG_TYPE, JSON.stringify({ id: lead.id, from: lead.status } satisfies LeadDragData));
        event.dataTransfer.effectAllowed = "move";
      }}
      aria-label={lead.name}
      data-testid="lead-card"
      data-lead-id={lead.id}
      className={cn(
        "group rounded-lg border border-zinc-200 bg-white p-3 shadow-xs transition-shadow hover:border-zinc-300 hover:shadow-sm",
        canWrite && "cursor-grab active:cursor-grabbing",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <button
          type="button"
          onClick={() => onOpen(lead.id)}
          className="min-w-0 text-left text-sm font-medium text-zinc-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <span className="line-clamp-2 break-words">{lead.name}</span>
        </button>
        <ScorePill score={lead.score} />
      </div>
      {lead.company ? <p className="mt-0.5 truncate text-xs text-zinc-500">{lead.company}</p> : null}
      <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        {lead.kind === "client" && lead.value !== null ? <span className="font-medium text-zinc-700">{formatMoney(lead.value, { compact: true })}</span> : null}
        <span className="min-w-0 truncate">
          {[lead.source, formatRelative(lead.lastInteractionAt ?? lead.createdAt)].filter(Boolean).join(" · ")}
        </span>
        {lead.tags.includes("dnc") ? <Badge tone="red">Do not contact</Badge> : null}
        {lead.convertedAt ? <Badge tone="green">Converted</Badge> : null}
      </div>
      <div className="mt-2 flex items-center justify-between gap-2 border-t border-zinc-100 pt-2">
        <span className="truncate text-xs text-zinc-500" title={lead.owner ? `Owner: ${lead.owner.name}` : "No owner"}>
          {lead.owner?.name ?? "Unassigned"}
        </span>
        {canWrite ? (
          <select
            aria-label={`Status of ${lead.name}`}
            value={lead.status}
            onChange={(event) => onStatusChange(lead.id, event.target.value as LeadStatus)}
            className="max-w-28 shrink-0 rounded border-0 bg-transparent py-0.5 pr-6 pl-1.5 text-xs text-zinc-600 ring-1 ring-zinc-200 ring-inset hover:ring-zinc-300 focus:ring-2 focus:ring-indigo-600"
          >
            <Options options={leadStatusLabels} />
          </select>
        ) : null}
      </div>
    </article>
  );
}
