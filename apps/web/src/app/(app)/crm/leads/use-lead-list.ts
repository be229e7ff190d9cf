"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { LeadListInput } from "./lead-filters";

/**
 * One page after another of crm.leads.list, cached under the key infiniteQueryKey(input) gives.
 * Paged by hand rather than with infiniteQueryOptions: tRPC adds its paging `direction`
 * ("forward") to infinite inputs, which crm.leads.list reads as the sort direction.
 */
export function useLeadList(input: LeadListInput) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  return useInfiniteQuery({
    queryKey: trpc.crm.leads.list.infiniteQueryKey(input),
    queryFn: ({ pageParam, signal }) => client.crm.leads.list.query({ ...input, cursor: pageParam ?? undefined }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // A changed filter keeps the current rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
