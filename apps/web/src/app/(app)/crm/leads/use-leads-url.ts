"use client";

import { useCallback, useMemo } from "react";
import { useQueryString } from "~/lib/use-query-string";
import { type LeadFilters, parseLeadFilters, withLeadFilters } from "./lead-filters";

/** The leads page's state, read from and written to the query string. */
export function useLeadsUrl() {
  const { searchParams, query, navigate, setParam } = useQueryString();

  const filters = useMemo(() => parseLeadFilters(new URLSearchParams(query)), [query]);
  const openLeadId = searchParams.get("lead");

  const setFilters = useCallback(
    (patch: Partial<LeadFilters>) => navigate(withLeadFilters(new URLSearchParams(query), { ...filters, ...patch }), "replace"),
    [filters, navigate, query],
  );

  /** Opening a lead is a history entry, so Back closes the drawer. */
  const openLead = useCallback((id: string) => setParam("lead", id, "push"), [setParam]);
  const closeLead = useCallback(() => setParam("lead", null), [setParam]);

  return { filters, setFilters, openLeadId, openLead, closeLead };
}
