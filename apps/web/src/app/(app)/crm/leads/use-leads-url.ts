"use client";

import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type LeadFilters, parseLeadFilters, withLeadFilters } from "./lead-filters";

/** The leads page's state, read from and written to the query string. */
export function useLeadsUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();

  const filters = useMemo(() => parseLeadFilters(new URLSearchParams(query)), [query]);
  const openLeadId = searchParams.get("lead");

  const navigate = useCallback(
    (params: URLSearchParams, mode: "push" | "replace") => {
      const search = params.toString();
      const href = (search ? `${pathname}?${search}` : pathname) as Route;
      if (mode === "push") router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [pathname, router],
  );

  const setFilters = useCallback(
    (patch: Partial<LeadFilters>) => navigate(withLeadFilters(new URLSearchParams(query), { ...filters, ...patch }), "replace"),
    [filters, navigate, query],
  );

  /** Opening a lead is a history entry, so Back closes the drawer. */
  const openLead = useCallback(
    (id: string) => {
      const params = new URLSearchParams(query);
      params.set("lead", id);
      navigate(params, "push");
    },
    [navigate, query],
  );

  const closeLead = useCallback(() => {
    const params = new URLSearchParams(query);
    params.delete("lead");
    navigate(params, "replace");
  }, [navigate, query]);

  return { filters, setFilters, openLeadId, openLead, closeLead };
}
