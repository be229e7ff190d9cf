"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { PageHeader } from "~/components/page-header";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Segmented } from "~/components/ui/segmented";
import { Tabs } from "~/components/ui/tabs";
import { optionsFrom } from "~/components/ui/options";
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { CreateLeadDialog } from "./create-lead-dialog";
import { hasActiveFilters, leadListInput, withoutPage, type LeadView } from "./lead-filters";
import { LeadDrawer } from "./lead-drawer";
import { type LeadKind, leadKindLabels } from "./lead-status";
import type { LeadPermissions } from "./lead-types";
import { LeadsBoard } from "./leads-board";
import { LeadsFilterBar } from "./leads-filter-bar";
import { LeadsTable } from "./leads-table";
import { useLeadStatusChange } from "./use-lead-cache";
import { useLeadsUrl } from "./use-leads-url";

const kindTabs = (Object.keys(leadKindLabels) as LeadKind[]).map((kind) => ({ value: kind, label: `${leadKindLabels[kind]} leads` }));
const viewOptions = optionsFrom<LeadView>({ table: "Table", board: "Board" });

const TABLE_PAGE = 50;
const COLUMN_PAGE = 25;

export function LeadsWorkspace({ viewer, can }: { viewer: { id: string; name: string }; can: LeadPermissions }) {
  const { filters, setFilters, openLeadId, openLead, closeLead } = useLeadsUrl();
  const [creating, setCreating] = useState(false);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();

  const views = useMemo(
    () => ({
      board: leadListInput(filters, viewer.id, { limit: COLUMN_PAGE, includeStatus: false }),
      table: leadListInput(filters, viewer.id, { limit: TABLE_PAGE }),
    }),
    [filters, viewer.id],
  );
  const { changeStatus } = useLeadStatusChange(views);

  // Someone else (or another tab) changed a lead: refetch through the scoped list, as every screen
  // does on a realtime event (the organization channel says only which lead changed). While one of
  // our own moves is in flight its settle refetches anyway, and an early refetch here could briefly
  // undo the optimistic move.
  useRealtimeEvent("lead:updated", () => {
    if (queryClient.isMutating({ mutationKey: trpc.crm.leads.update.mutationKey() }) > 0) return;
    void queryClient.invalidateQueries(trpc.crm.leads.pathFilter());
  });

  const empty = (
    <EmptyState
      title={hasActiveFilters(filters) ? "No leads match these filters" : `No ${filters.kind} leads yet`}
      testId="leads-empty"
      action={
        !hasActiveFilters(filters) && can.write ? (
          <div className="flex gap-2">
            <Button onClick={() => setCreating(true)}>New lead</Button>
            {can.import ? (
              <Link href={`/crm/leads/import?kind=${filters.kind}`} className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50">
                Import a file
              </Link>
            ) : null}
          </div>
        ) : undefined
      }
    >
      {hasActiveFilters(filters) ? "Try a wider score or date range, or clear the filters." : "Add one by hand or import a CSV or Excel file."}
    </EmptyState>
  );

  return (
    <>
      <PageHeader
        title="Leads"
        description="Prospects and recruits your producers are working, from first touch to conversion."
        actions={
          <>
            <ExportCsvButton noun="leads" run={() => client.crm.leads.export.mutate(withoutPage(views.table))} />
            {can.write ? (
              <>
                {can.import ? (
                  <Link
                    href={`/crm/leads/import?kind=${filters.kind}`}
                    className="inline-flex h-9 items-center rounded-md bg-white px-3.5 text-sm font-medium text-zinc-800 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50"
                    data-testid="open-lead-import"
                  >
                    Import
                  </Link>
              ) : null}
              {can.import ? (
                <Link
                  href="/crm/leads/imports"
                  className="inline-flex h-9 items-center rounded-md bg-white px-3.5 text-sm font-medium text-zinc-800 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50"
                  data-testid="open-import-history"
                >
                  Import history
                </Link>
              ) : null}
              <Button onClick={() => setCreating(true)} data-testid="open-create-lead">
                New lead
              </Button>
            </>
            ) : null}
          </>
        }
      />

      <div className="mt-6 flex items-end justify-between gap-4 border-b border-zinc-200">
        <div className="-mb-px">
          <Tabs label="Lead kind" idPrefix="lead-kind" items={kindTabs} value={filters.kind} onChange={(kind) => setFilters({ kind })} />
        </div>
        <div className="pb-2">
          <Segmented label="View" options={viewOptions} value={filters.view} onChange={(view) => setFilters({ view })} testId="lead-view" />
        </div>
      </div>

      <div id="lead-kind-panel" role="tabpanel" aria-labelledby={`lead-kind-tab-${filters.kind}`} className="mt-4 space-y-4">
        <LeadsFilterBar filters={filters} onChange={setFilters} viewerId={viewer.id} />
        {filters.view === "board" ? (
          <LeadsBoard input={views.board} canWrite={can.write} onOpen={openLead} onStatusChange={changeStatus} />
        ) : (
          <LeadsTable input={views.table} onOpen={openLead} empty={empty} viewerId={viewer.id} can={can} />
        )}
      </div>

      <LeadDrawer leadId={openLeadId} viewer={viewer} can={can} onClose={closeLead} onStatusChange={changeStatus} />
      {can.write ? <CreateLeadDialog key={filters.kind} open={creating} defaultKind={filters.kind} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
