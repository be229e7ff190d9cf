"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { OpportunityFormDialog } from "~/components/crm/opportunity-form-dialog";
import { PageHeader } from "~/components/page-header";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { optionsFrom } from "~/components/ui/options";
import { browserTimeZone } from "~/lib/time-zone";
import { useQueryString } from "~/lib/use-query-string";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { OwnerFilter } from "~/components/crm/owner-filter";
import { DealsTable } from "./deals-table";
import { ForecastCards } from "./forecast-cards";
import { OpportunityPanel } from "./opportunity-panel";
import { type BoardFilter, PipelineBoard } from "./pipeline-board";
import { StageStatsChart } from "./stage-stats-chart";

const filterOptions = optionsFrom<BoardFilter>({ all: "All", hot: "Hot", "at-risk": "At risk", "closing-soon": "Closing soon" });

const viewOptions = [
  { value: "board", label: "Board" },
  { value: "list", label: "List" },
] as const;

export function PipelineView({ canWrite, canUseCopilot, canDelete, currentUserId }: { canWrite: boolean; canUseCopilot: boolean; canDelete: boolean; currentUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { searchParams, setParam } = useQueryString();
  const [filter, setFilter] = useState<BoardFilter>("all");
  const [search, setSearch] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [timeZone] = useState(browserTimeZone);
  const openId = searchParams.get("opportunity");
  const view = searchParams.get("view") === "list" ? "list" : "board";

  // Someone else moved or edited a deal: the board, the figures and an open panel refresh.
  useRealtimeEvent("opportunity:updated", () => {
    void queryClient.invalidateQueries(trpc.crm.opportunities.pathFilter());
  });

  /** Opening a deal is a history entry, so Back closes the panel. */
  const showOpportunity = useCallback((id: string | null) => setParam("opportunity", id, id ? "push" : "replace"), [setParam]);

  /** The board or the list of every deal (with bulk actions), kept in the URL. */
  const showView = (next: "board" | "list") => setParam("view", next === "list" ? "list" : null);

  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Deals by stage. Drag a card to another stage; its probability follows the stage."
        actions={<ExportCsvButton noun="deals" run={() => client.crm.opportunities.export.mutate({ filter, search: search || undefined, sort: "value", timeZone, ...(ownerId ? { ownerId } : {}) })} />}
        create={canWrite && { label: "New deal", testId: "open-create-opportunity", onClick: () => setCreating(true) }}
      />
      <div className="mt-6 space-y-4">
        <ForecastCards timeZone={timeZone} />
        <StageStatsChart />
      </div>
      <div className="mt-6 mb-3 flex flex-wrap items-center gap-3">
        <Segmented label="Show" options={filterOptions} value={filter} onChange={setFilter} testId="pipeline-filter" />
        <SearchInput label="Search deals" placeholder="Search deal or contact" value={search} onSearch={setSearch} className="w-64" />
        <OwnerFilter label="Owner" value={ownerId} onChange={setOwnerId} currentUserId={currentUserId} testId="pipeline-owner-filter" />
        <div className="ml-auto">
          <Segmented label="View" options={viewOptions} value={view} onChange={showView} testId="pipeline-view" />
        </div>
      </div>
      {view === "list" ? (
        <DealsTable query={{ filter, search, timeZone, ownerId: ownerId ?? undefined }} canWrite={canWrite} canDelete={canDelete} currentUserId={currentUserId} onOpen={showOpportunity} />
      ) : (
        <PipelineBoard query={{ filter, search, timeZone, ownerId: ownerId ?? undefined }} canWrite={canWrite} onOpen={showOpportunity} />
      )}
      <OpportunityPanel id={openId} canWrite={canWrite} canDelete={canDelete} canUseCopilot={canUseCopilot} onClose={() => showOpportunity(null)} />
      {canWrite && creating ? <OpportunityFormDialog onClose={() => setCreating(false)} onCreated={(id) => showOpportunity(id)} /> : null}
    </>
  );
}
