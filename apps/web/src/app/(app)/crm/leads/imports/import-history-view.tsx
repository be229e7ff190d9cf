"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { PageHeader } from "~/components/page-header";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { actionsColumn, Table, Td } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type LeadImport = RouterOutputs["crm"]["leads"]["imports"]["list"]["items"][number];

const statusLabels: Record<LeadImport["status"], string> = { queued: "Queued", processing: "Importing", completed: "Completed", failed: "Failed" };

const running = (item: LeadImport) => item.status === "queued" || item.status === "processing";

/** A running import's progress: rows done of its total (the worker's `leads.import.progress` refreshes it). */
function ImportProgressBar({ item }: { item: LeadImport }) {
  const percent = item.totalRows === 0 ? 0 : Math.min(100, Math.round((item.processed / item.totalRows) * 100));
  return (
    <div className="min-w-32">
      <div
        role="progressbar"
        aria-label={`Progress of ${item.filename}`}
        aria-valuemin={0}
        aria-valuemax={item.totalRows}
        aria-valuenow={item.processed}
        className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-100"
      >
        <div className="h-full rounded-full bg-indigo-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-zinc-500">
        {item.processed.toLocaleString("en-US")} of {item.totalRows.toLocaleString("en-US")} rows
      </p>
    </div>
  );
}

/**
 * Every lead import within the viewer's reach (theirs; their team's for a manager; all for an
 * admin), newest first: who, when, the file, its status and counts, and Undo — created leads to
 * the trash, filled ones reverted (crm.leads.imports.*).
 */
export function ImportHistoryView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const imports = useInfiniteQuery(
    trpc.crm.leads.imports.list.infiniteQueryOptions(
      { limit: 50 },
      {
        ...nextCursorPages,
        // A slow poll while something runs covers a missed progress event.
        refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some(running)) ? 5_000 : false),
      },
    ),
  );
  useRealtimeEvent("leads.import.progress", () => void queryClient.invalidateQueries(trpc.crm.leads.imports.list.pathFilter()));

  const undo = useConfirmedMutation(
    trpc.crm.leads.imports.undo.mutationOptions({
      onSuccess: async (result) => {
        const skipped = result.skippedCount > 0 ? `; ${result.skippedCount} changed since the import ${result.skippedCount === 1 ? "was" : "were"} left as ${result.skippedCount === 1 ? "it is" : "they are"}` : "";
        toast(`Import undone: ${result.trashed} ${result.trashed === 1 ? "lead" : "leads"} moved to the trash, ${result.reverted} reverted${skipped}.`, "success");
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
    }),
    (item: LeadImport) => ({ id: item.id }),
  );

  const { rows } = pagedRows(imports.data);

  return (
    <>
      <PageHeader
        title="Import history"
        description="Every lead import, with what it created, updated, skipped and rejected. Undo moves its new leads to the trash and reverts what it filled in."
        actions={
          <Link href="/crm/leads/import" className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-3.5 text-sm font-medium text-white hover:bg-indigo-500">
            Import leads
          </Link>
        }
      />
      <PagedList
        query={imports}
        noun={["import", "imports"]}
        empty={
          <EmptyState title="No imports yet" testId="imports-empty">
            Lead files you import appear here with their counts.
          </EmptyState>
        }
      >
        <Table label="Lead imports" testId="imports-table" columns={["File", "By", "When", "Status", "Created", "Updated", "Skipped", "Rejected", actionsColumn]}>
          <tbody>
            {rows.map((item) => (
              <tr key={item.id} data-testid="import-row" data-id={item.id}>
                <Td className="max-w-xs truncate font-medium text-zinc-900" title={item.filename}>
                  {item.filename}
                  <span className="ml-2 text-xs font-normal text-zinc-500">{item.kind === "client" ? "clients" : "recruits"}</span>
                </Td>
                <Td>{item.uploadedBy?.name ?? <span className="text-zinc-400">Unknown</span>}</Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatDate(item.createdAt)}</Td>
                <Td data-testid="import-status">
                  {item.undoneAt ? (
                    <span title={`Undone ${formatDate(item.undoneAt)}${item.undoneBy ? ` by ${item.undoneBy.name}` : ""}`}>
                      <Badge tone="amber">Undone</Badge>
                    </span>
                  ) : running(item) ? (
                    <ImportProgressBar item={item} />
                  ) : (
                    <span title={item.message ?? undefined}>
                      <Badge tone={item.status === "failed" ? "red" : "green"}>{statusLabels[item.status]}</Badge>
                    </span>
                  )}
                </Td>
                <Td data-testid="import-row-created">{item.created.toLocaleString("en-US")}</Td>
                <Td data-testid="import-row-updated">{item.updated.toLocaleString("en-US")}</Td>
                <Td>{item.skipped.toLocaleString("en-US")}</Td>
                <Td>{item.errorCount.toLocaleString("en-US")}</Td>
                <Td className="text-right whitespace-nowrap">
                  {!item.undoneAt && !running(item) && item.created + item.updated > 0 ? (
                    <Button variant="ghost" size="sm" onClick={() => undo.ask(item)} data-testid="undo-import">
                      Undo
                    </Button>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
      <ConfirmDialog
        {...undo.dialog}
        title={`Undo the import of ${undo.target?.filename ?? "this file"}?`}
        description={`Its ${undo.target?.created ?? 0} new leads go to the trash (restorable for 30 days) and the ${undo.target?.updated ?? 0} leads it filled in get their previous values back, unless someone changed them since.`}
        confirmLabel="Undo import"
      />
    </>
  );
}
