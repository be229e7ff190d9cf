"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { nextCursorPages } from "~/components/ui/list-shell";
import { useTRPC } from "~/trpc/react";
import type { LeadListInput } from "./lead-filters";

/** One page after another of crm.leads.list, cached under the key infiniteQueryKey(input) gives. */
export function useLeadList(input: LeadListInput) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.crm.leads.list.infiniteQueryOptions(input, {
      ...nextCursorPages,
      // A changed filter keeps the current rows on screen until the new ones arrive.
      placeholderData: keepPreviousData,
    }),
  );
}
