"use client";

import type { ReactNode } from "react";
import { BulkActionBar, SelectRowCell, selectColumn, useBulkList } from "~/components/crm/bulk-actions";
import { Badge } from "~/components/ui/badge";
import { ListFooter, ListState, pagedRows } from "~/components/ui/list-shell";
import { numberColumn, Table, Td } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { formatDate, formatMoney, formatRelative } from "~/lib/format";
import { withoutPage, type LeadListInput } from "./lead-filters";
import type { LeadPermissions } from "./lead-types";
import { useLeadList } from "./use-lead-list";
import { ScorePill } from "./lead-card";
import { leadStatusLabels, leadStatusTones } from "./lead-status";

export function LeadsTable({ input, onOpen, empty, viewerId, can }: { input: LeadListInput; onOpen: (id: string) => void; empty: ReactNode; viewerId: string; can: LeadPermissions }) {
  const leads = useLeadList(input);
  const { rows, total, totalCapped } = pagedRows(leads.data);
  const isClient = input.kind === "client";
  const filter = withoutPage(input);
  const bulk = useBulkList("lead", filter, rows, { total, totalCapped });

  return (
    <ListState query={leads} isEmpty={rows.length === 0} loading={<p className="py-6 text-sm text-zinc-500">Loading leads…</p>} empty={empty}>
    <div className={cn("transition-opacity", leads.isPlaceholderData && "opacity-60")} aria-busy={leads.isFetching}>
      <BulkActionBar
        list={bulk}
        currentUserId={viewerId}
        actions={{ assign: can.write, status: can.write ? { label: "Status", options: leadStatusLabels } : undefined, tags: can.write, remove: can.delete }}
      />
      <Table
        label="Leads"
        testId="leads-table"
        columns={[selectColumn(bulk), "Name", "Status", numberColumn("Score"), "Owner", "Source", isClient && numberColumn("Value"), "Last interaction", "Created"]}
      >
        <tbody>
          {rows.map((lead) => (
            <tr
              key={lead.id}
              data-testid="lead-row"
              data-lead-id={lead.id}
              onClick={() => onOpen(lead.id)}
              className="cursor-pointer hover:bg-zinc-50"
            >
              <SelectRowCell list={bulk} id={lead.id} name={lead.name} />
              <Td className="max-w-64">
                <button
                  type="button"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(lead.id);
                  }}
                  className="block max-w-full truncate text-left font-medium text-zinc-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {lead.name}
                </button>
                <div className="truncate text-xs text-zinc-500">{[lead.company, lead.email ?? lead.phone].filter(Boolean).join(" · ") || "—"}</div>
              </Td>
              <Td className="whitespace-nowrap">
                <Badge tone={leadStatusTones[lead.status]}>{leadStatusLabels[lead.status]}</Badge>
                {lead.tags.includes("dnc") ? (
                  <Badge tone="red" className="ml-1">
                    DNC
                  </Badge>
                ) : null}
              </Td>
              <Td className="text-right">
                <ScorePill score={lead.score} />
              </Td>
              <Td className="whitespace-nowrap">{lead.owner?.name ?? <span className="text-zinc-400">Unassigned</span>}</Td>
              <Td className="max-w-40 truncate">{lead.source ?? <span className="text-zinc-400">—</span>}</Td>
              {isClient ? <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(lead.value)}</Td> : null}
              <Td className="whitespace-nowrap text-zinc-500">{formatRelative(lead.lastInteractionAt)}</Td>
              <Td className="whitespace-nowrap text-zinc-500">{formatDate(lead.createdAt)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListFooter query={leads} testId="leads-count" loadMore={{ label: "Load more", variant: "secondary" }}>
        Showing {rows.length} of {total}
        {totalCapped ? "+" : ""} {total === 1 ? "lead" : "leads"}
      </ListFooter>
    </div>
    </ListState>
  );
}
