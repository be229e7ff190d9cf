"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import type { TrashEntityType } from "~/components/crm/use-undo-delete";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { Segmented } from "~/components/ui/segmented";
import { actionsColumn, Table, Td } from "~/components/ui/table";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { daysLeftLabel, trashEntityLabels } from "./trash-labels";

type TrashItem = RouterOutputs["crm"]["trash"]["list"]["items"][number];
type EntityFilter = TrashEntityType | "all";

const entityOptions: { value: EntityFilter; label: string }[] = [
  { value: "all", label: "All" },
  ...(Object.entries(trashEntityLabels) as [TrashEntityType, string][]).map(([value, label]) => ({ value, label: `${label}s` })),
];

/**
 * Deleted leads, contacts, policies, deals, tickets and notes within the viewer's reach, most
 * recently deleted first: who deleted each and when, the days left of the 30 it can be restored
 * in, Restore, and for admins Delete forever (crm.trash.*).
 */
export function TrashView({ canPurge }: { canPurge: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [entityType, setEntityType] = useState<EntityFilter>("all");

  const trash = useInfiniteQuery(
    trpc.crm.trash.list.infiniteQueryOptions(
      { limit: 50, entityType: entityType === "all" ? undefined : entityType },
      nextCursorPages,
    ),
  );
  const refresh = () => queryClient.invalidateQueries(trpc.crm.pathFilter());
  const restore = useMutation(
    trpc.crm.trash.restore.mutationOptions({
      onSuccess: async (_restored, variables) => {
        const item = pagedRows(trash.data).rows.find((row) => row.id === variables.id);
        toast(`${item?.label ?? "The record"} was restored.`, "success");
        await refresh();
      },
      onError: (error) => toast(`Could not restore: ${describeApiError(error).message}`, "error"),
    }),
  );
  const purge = useConfirmedMutation(
    trpc.crm.trash.purge.mutationOptions({
      onSuccess: async (result) => {
        toast(`${result.total} ${result.total === 1 ? "record was" : "records were"} deleted for good.`, "success");
        await refresh();
      },
    }),
    (item: TrashItem | "expired") => (item === "expired" ? {} : { items: [{ entityType: item.entityType, id: item.id }] }),
  );

  const { rows } = pagedRows(trash.data);
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Trash"
        description="Deleted records stay here for 30 days, hidden everywhere else. Restore brings one back with its history."
        actions={
          canPurge ? (
            <Button variant="secondary" onClick={() => purge.ask("expired")} data-testid="purge-expired">
              Empty expired
            </Button>
          ) : null
        }
      />
      <ListToolbar>
        <Segmented label="Record type" options={entityOptions} value={entityType} onChange={setEntityType} testId="trash-type-filter" />
      </ListToolbar>
      <PagedList
        query={trash}
        noun={["deleted record", "deleted records"]}
        loading="Loading the trash…"
        empty={
          <EmptyState title="The trash is empty" testId="trash-empty">
            Deleted leads, contacts, policies, deals, tickets and notes appear here.
          </EmptyState>
        }
      >
        <Table label="Trash" testId="trash-table" columns={["Record", "Type", "Deleted by", "Deleted", "Restorable", actionsColumn]}>
          <tbody>
            {rows.map((item) => {
              const expired = item.restorableUntil.getTime() <= now.getTime();
              return (
                <tr key={`${item.entityType}:${item.id}`} data-testid="trash-row" data-id={item.id} data-entity-type={item.entityType}>
                  <Td className="max-w-sm truncate font-medium text-zinc-900" title={item.label}>
                    {item.label}
                  </Td>
                  <Td>
                    <Badge>{trashEntityLabels[item.entityType]}</Badge>
                  </Td>
                  <Td>{item.deletedBy?.name ?? <span className="text-zinc-400">Unknown</span>}</Td>
                  <Td className="whitespace-nowrap text-zinc-500">{formatDate(item.deletedAt)}</Td>
                  <Td className={expired ? "text-zinc-400" : "text-zinc-700"}>{daysLeftLabel(item.restorableUntil, now)}</Td>
                  <Td className="text-right whitespace-nowrap">
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={expired || restore.isPending}
                      onClick={() => restore.mutate({ entityType: item.entityType, id: item.id })}
                      data-testid="restore"
                    >
                      Restore
                    </Button>
                    {canPurge ? (
                      <Button variant="ghost" size="sm" onClick={() => purge.ask(item)} data-testid="purge">
                        Delete forever
                      </Button>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </PagedList>
      <ConfirmDialog
        {...purge.dialog}
        title={purge.target === "expired" ? "Empty the expired trash?" : `Delete ${purge.target?.label ?? "this record"} forever?`}
        description={
          purge.target === "expired"
            ? "Every record deleted more than 30 days ago is removed for good. This cannot be undone."
            : "It is removed for good, with what only it held. This cannot be undone."
        }
        confirmLabel="Delete forever"
      />
    </>
  );
}
