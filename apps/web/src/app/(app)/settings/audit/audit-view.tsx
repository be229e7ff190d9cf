"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { BackLink, PageHeader } from "~/components/page-header";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { PeopleOptions, SelectField, TextField } from "~/components/ui/field";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDate } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { actorTypeLabels, auditQueryOf, emptyAuditFilters, type AuditActorType, type AuditFilterState } from "./audit-filters";

type AuditEntry = RouterOutputs["admin"]["audit"]["list"]["items"][number];

const actorTypeTones: Record<AuditActorType, BadgeTone> = { user: "neutral", api_key: "indigo", ai: "green", system: "amber" };

const actorTypeOptions = optionsFrom<AuditFilterState["actorType"]>({ all: "Everyone", ...actorTypeLabels });

/**
 * The organization's audit log (audit:read): every recorded change, newest first, filtered by who
 * (a person, an API key, the copilot, automation), what (entity, action) and when; the filtered rows
 * download as CSV through admin.audit.export.
 */
export function AuditView({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [filters, setFilters] = useState<AuditFilterState>(emptyAuditFilters);
  // The search boxes keep their own text: clearing remounts them empty.
  const [cleared, setCleared] = useState(0);
  const set = (changes: Partial<AuditFilterState>) => setFilters((current) => ({ ...current, ...changes }));
  const query = auditQueryOf(filters);

  const entries = useInfiniteQuery(trpc.admin.audit.list.infiniteQueryOptions({ limit: 50, ...query }, nextCursorPages));
  const people = useQuery(trpc.crm.agents.list.queryOptions({}, { staleTime: 5 * 60_000 }));
  const { rows } = pagedRows(entries.data);
  const filtered = Object.keys(query).length > 0;

  return (
    <>
      <BackLink href="/settings">Settings</BackLink>
      <div className="mt-3">
        <PageHeader
          title="Audit log"
          description="Every change made in the organization, by people, API keys, the copilot and automation. Entries cannot be edited or deleted."
          actions={<ExportCsvButton noun="audit entries" run={() => client.admin.audit.export.mutate(query)} />}
        />
      </div>
      <ListToolbar key={cleared} className="items-end">
        <Segmented label="Actor" options={actorTypeOptions} value={filters.actorType} onChange={(actorType) => set({ actorType })} testId="audit-actor-type" />
        <SelectField label="Person" value={filters.actorId} onChange={(event) => set({ actorId: event.target.value })} className="w-48" data-testid="audit-actor">
          <option value="">Anyone</option>
          <option value={currentUserId}>Me</option>
          <PeopleOptions people={people.data?.items.filter((person) => person.id !== currentUserId)} />
          {filters.actorId && filters.actorId !== currentUserId && !people.data?.items.some((person) => person.id === filters.actorId) ? (
            <option value={filters.actorId}>{rows.find((row) => row.actor?.id === filters.actorId)?.actor?.name ?? "Selected person"}</option>
          ) : null}
        </SelectField>
        <SearchInput label="Entity" placeholder="Entity, e.g. contact" value={filters.entityType} onSearch={(entityType) => set({ entityType })} className="w-44" />
        <SearchInput label="Action" placeholder="Action, e.g. crm.contacts." value={filters.action} onSearch={(action) => set({ action })} className="w-56" />
        <TextField label="From" type="date" value={filters.fromDay} onChange={(event) => set({ fromDay: event.target.value })} data-testid="audit-from" />
        <TextField label="To" type="date" value={filters.toDay} onChange={(event) => set({ toDay: event.target.value })} data-testid="audit-to" />
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setFilters(emptyAuditFilters);
              setCleared((count) => count + 1);
            }}
          >
            Clear filters
          </Button>
        ) : null}
      </ListToolbar>
      {filters.entityId ? (
        <p className="mt-3 text-sm text-zinc-600" data-testid="audit-entity-filter">
          Showing the history of record <span className="font-mono text-xs">{filters.entityId}</span>.{" "}
          <button type="button" className="text-indigo-600 hover:underline" onClick={() => set({ entityId: "" })}>
            Show all
          </button>
        </p>
      ) : null}
      <PagedList
        query={entries}
        noun={["entry", "entries"]}
        loading="Loading the audit log…"
        empty={
          <EmptyState title={filtered ? "Nothing matches" : "No entries yet"} testId="audit-empty">
            {filtered ? "No entry matches these filters." : "Changes appear here as people and scripts make them."}
          </EmptyState>
        }
      >
        <Table label="Audit log" testId="audit-table" columns={["When", "Actor", "Action", "Record", "Details"]}>
          <tbody>
            {rows.map((entry) => (
              <AuditRow key={entry.id} entry={entry} onFilter={set} />
            ))}
          </tbody>
        </Table>
      </PagedList>
    </>
  );
}

function AuditRow({ entry, onFilter }: { entry: AuditEntry; onFilter: (changes: Partial<AuditFilterState>) => void }) {
  const changes = entry.changes === null || entry.changes === undefined ? null : JSON.stringify(entry.changes, null, 2);
  return (
    <tr data-testid="audit-row" data-action={entry.action} className="align-top">
      <Td className="whitespace-nowrap text-zinc-500">{formatDate(entry.createdAt)}</Td>
      <Td>
        <div className="flex flex-wrap items-center gap-1.5">
          <Badge tone={actorTypeTones[entry.actorType]}>{actorTypeLabels[entry.actorType]}</Badge>
          {entry.actor ? (
            <button type="button" className="text-zinc-900 hover:text-indigo-600" title="Show only this person's entries" onClick={() => onFilter({ actorId: entry.actor!.id })}>
              {entry.actor.name}
            </button>
          ) : null}
        </div>
        {entry.apiKeyId ? <p className="mt-0.5 font-mono text-xs text-zinc-400">key {entry.apiKeyId.slice(0, 8)}</p> : null}
      </Td>
      <Td className="font-mono text-xs text-zinc-800">{entry.action}</Td>
      <Td>
        <span className="text-zinc-700">{entry.entityType}</span>
        {entry.entityId ? (
          <button
            type="button"
            className="ml-1.5 font-mono text-xs text-zinc-400 hover:text-indigo-600"
            title="Show this record's history"
            onClick={() => onFilter({ entityId: entry.entityId! })}
          >
            {entry.entityId.slice(0, 8)}
          </button>
        ) : null}
      </Td>
      <Td className="max-w-md">
        {changes && changes !== "{}" ? (
          <details>
            <summary className="cursor-pointer text-xs text-zinc-500">Input</summary>
            <pre className="mt-1 max-h-60 overflow-auto rounded bg-zinc-50 p-2 text-xs whitespace-pre-wrap text-zinc-700">{changes}</pre>
          </details>
        ) : (
          <span className="text-zinc-400">—</span>
        )}
      </Td>
    </tr>
  );
}
