"use client";

import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import type { LeadListInput } from "./lead-filters";
import { findInPages, patchInPages, prependToPages, removeFromPages } from "./lead-list-cache";
import { type LeadListItem, type LeadStatus, leadStatuses, leadStatusLabels } from "./lead-status";

export interface LeadViews {
  /** The board's input without a status; each column adds its own. */
  board: LeadListInput;
  table: LeadListInput;
}

/**
 * Moving a lead between statuses in the cached lists the page shows: out of its old column, to the
 * top of its new one, changed in place (or dropped, when filtered by another status) in the table.
 * Only for the user's own moves, which must show before the server answers (TanStack's optimistic
 * update, rolled back on failure); changes made elsewhere arrive as realtime events and invalidate.
 */
function useLeadCache(views: LeadViews) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = trpc.crm.leads.list;

  const relocate = useCallback(
    (id: string, status: LeadStatus, changes: Partial<Pick<LeadListItem, "score">> = {}) => {
      const columnKeys = leadStatuses.map((column) => [column, list.infiniteQueryKey({ ...views.board, status: column })] as const);
      const tableKey = list.infiniteQueryKey(views.table);
      const detailKey = trpc.crm.leads.get.queryKey({ id });
      const touched: [QueryKey, unknown][] = [
        ...columnKeys.map(([, key]) => [key, queryClient.getQueryData(key)] as [QueryKey, unknown]),
        [tableKey, queryClient.getQueryData(tableKey)],
        [detailKey, queryClient.getQueryData(detailKey)],
      ];
      const restore = () => {
        for (const [key, data] of touched) queryClient.setQueryData(key, data);
      };

      const lead: LeadListItem | undefined =
        columnKeys.map(([, key]) => findInPages(queryClient.getQueryData(key), id)).find(Boolean) ??
        findInPages(queryClient.getQueryData(tableKey), id);
      const moved = lead ? { ...lead, ...changes, status } : undefined;

      // Already in that status (another kind of change): update the card where it is.
      if (lead?.status === status) {
        for (const [, key] of columnKeys) queryClient.setQueryData(key, (data) => patchInPages(data, id, { ...changes }));
        queryClient.setQueryData(tableKey, (data) => patchInPages(data, id, { ...changes }));
        queryClient.setQueryData(detailKey, (data) => (data ? { ...data, ...changes } : data));
        return restore;
      }

      for (const [column, key] of columnKeys) {
        if (column === status) {
          if (moved) queryClient.setQueryData(key, (data) => prependToPages(data, moved));
        } else {
          queryClient.setQueryData(key, (data) => removeFromPages(data, id));
        }
      }
      queryClient.setQueryData(tableKey, (data) =>
        views.table.status && views.table.status !== status ? removeFromPages(data, id) : patchInPages(data, id, { ...changes, status }),
      );
      queryClient.setQueryData(detailKey, (data) => (data ? { ...data, ...changes, status } : data));
      return restore;
    },
    [list, queryClient, trpc, views.board, views.table],
  );

  const refresh = useCallback(() => void queryClient.invalidateQueries(trpc.crm.leads.pathFilter()), [queryClient, trpc]);

  return { relocate, refresh };
}

/**
 * Changes a lead's status the moment it is asked for (drag, status menu, drawer): the cached lists
 * move the card at once, the server is told, and on failure the lists go back and a toast says why.
 */
export function useLeadStatusChange(views: LeadViews) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { relocate, refresh } = useLeadCache(views);
  const mutationKey = trpc.crm.leads.update.mutationKey();

  const mutation = useMutation(
    trpc.crm.leads.update.mutationOptions({
      onMutate: async ({ id, status }) => {
        await queryClient.cancelQueries(trpc.crm.leads.list.pathFilter());
        await queryClient.cancelQueries(trpc.crm.leads.get.queryFilter({ id }));
        return { restore: status ? relocate(id, status) : undefined };
      },
      onError: (error, { status }, context) => {
        context?.restore?.();
        const target = status ? leadStatusLabels[status] : "the new status";
        toast(`Could not move the lead to ${target}: ${describeApiError(error).message}`, "error");
      },
      onSettled: () => {
        // Only the last of several quick moves refetches, so an early answer cannot undo a later move.
        if (queryClient.isMutating({ mutationKey }) === 1) refresh();
      },
    }),
  );

  const { mutate } = mutation;
  const changeStatus = useCallback((id: string, status: LeadStatus) => mutate({ id, status }), [mutate]);
  return { changeStatus };
}
