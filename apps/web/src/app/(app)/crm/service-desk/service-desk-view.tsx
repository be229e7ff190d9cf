"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { PageHeader } from "~/components/page-header";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows, toolbarSelectClass } from "~/components/ui/list-shell";
import { Options } from "~/components/ui/field";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { optionsFrom } from "~/components/ui/options";
import { cn } from "~/lib/cn";
import { formatRelative } from "~/lib/format";
import { useQueryString } from "~/lib/use-query-string";
import { useTRPC } from "~/trpc/react";
import { CreateTicketDialog } from "./create-ticket-dialog";
import { ticketLabel, type TicketPriority, ticketPriorityLabels, ticketPriorityTones, type TicketStatus, ticketStatusLabels, ticketStatusTones } from "./ticket-labels";
import { TicketView } from "./ticket-view";

type StatusFilter = TicketStatus | "all";
type AssigneeFilter = "anyone" | "me" | "unassigned";

const statusOptions = optionsFrom<StatusFilter>({ open: "Open", pending: "Pending", resolved: "Resolved", closed: "Closed", all: "All" });

const assigneeOptions = optionsFrom<AssigneeFilter>({ anyone: "Anyone", me: "Mine", unassigned: "Unassigned" });

export function ServiceDeskView({ currentUserId, canWrite, canAssignOthers }: { currentUserId: string; canWrite: boolean; canAssignOthers: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { searchParams, setParam } = useQueryString();
  const [status, setStatus] = useState<StatusFilter>("open");
  const [priority, setPriority] = useState<TicketPriority | "">("");
  const [assignee, setAssignee] = useState<AssigneeFilter>("anyone");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const selectedId = searchParams.get("ticket");

  const tickets = useInfiniteQuery(
    trpc.crm.tickets.list.infiniteQueryOptions(
      {
        limit: 30,
        status: status === "all" ? undefined : status,
        priority: priority || undefined,
        assigneeId: assignee === "me" ? currentUserId : assignee === "unassigned" ? null : undefined,
        search: search || undefined,
      },
      nextCursorPages,
    ),
  );

  useRealtimeEvent("ticket:updated", () => {
    void queryClient.invalidateQueries(trpc.crm.tickets.pathFilter());
  });

  const select = useCallback((id: string | null) => setParam("ticket", id), [setParam]);

  const { rows } = pagedRows(tickets.data);

  return (
    <>
      <PageHeader
        title="Service desk"
        description="Client requests and the team's answers. Internal notes stay inside the agency."
        create={canWrite && { label: "New ticket", testId: "open-create-ticket", onClick: () => setCreating(true) }}
      />
      <ListToolbar>
        <Segmented label="Status" options={statusOptions} value={status} onChange={setStatus} testId="ticket-status-filter" />
        <Segmented label="Assignee" options={assigneeOptions} value={assignee} onChange={setAssignee} testId="ticket-assignee-filter" />
        <select
          aria-label="Priority"
          value={priority}
          onChange={(event) => setPriority(event.target.value as TicketPriority | "")}
          className={toolbarSelectClass}
        >
          <option value="">Any priority</option>
          <Options options={ticketPriorityLabels} />
        </select>
        <SearchInput label="Search tickets" placeholder="Subject or TCK number" value={search} onSearch={setSearch} className="w-56" />
      </ListToolbar>

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <PagedList
          query={tickets}
          noun={["ticket", "tickets"]}
          className=""
          empty={
            <EmptyState title="No tickets here" testId="tickets-empty">
              Nothing matches these filters.
            </EmptyState>
          }
        >
          <ul className="divide-y divide-zinc-100 overflow-hidden rounded-lg border border-zinc-200" aria-label="Tickets" data-testid="tickets-list">
            {rows.map((ticket) => (
              <li key={ticket.id}>
                <button
                  type="button"
                  onClick={() => select(ticket.id)}
                  aria-current={ticket.id === selectedId ? "true" : undefined}
                  data-testid="ticket-row"
                  className={cn("block w-full px-3 py-2.5 text-left hover:bg-zinc-50", ticket.id === selectedId && "bg-indigo-50/60 hover:bg-indigo-50")}
                >
                  <span className="flex items-center gap-2">
                    <span className="font-mono text-xs text-zinc-500">{ticketLabel(ticket.number)}</span>
                    <Badge tone={ticketStatusTones[ticket.status]}>{ticketStatusLabels[ticket.status]}</Badge>
                    {ticket.priority === "high" || ticket.priority === "urgent" ? (
                      <Badge tone={ticketPriorityTones[ticket.priority]}>{ticketPriorityLabels[ticket.priority]}</Badge>
                    ) : null}
                    <span className="ml-auto text-xs text-zinc-400">{formatRelative(ticket.lastMessageAt ?? ticket.updatedAt)}</span>
                  </span>
                  <span className="mt-1 block truncate text-sm font-medium text-zinc-900">{ticket.subject}</span>
                  <span className="block truncate text-xs text-zinc-500">
                    {ticket.contact?.name ?? "No contact"} · {ticket.assignee?.name ?? "Unassigned"}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </PagedList>
        <div>
          {selectedId ? (
            <TicketView
              key={selectedId}
              id={selectedId}
              currentUserId={currentUserId}
              canWrite={canWrite}
              canAssignOthers={canAssignOthers}
              onClose={() => select(null)}
            />
          ) : (
            <div className="flex h-full min-h-48 items-center justify-center rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-500">
              Choose a ticket to read the thread and answer it.
            </div>
          )}
        </div>
      </div>
      {canWrite && creating ? <CreateTicketDialog currentUserId={currentUserId} canAssignOthers={canAssignOthers} onClose={() => setCreating(false)} onCreated={select} /> : null}
    </>
  );
}
