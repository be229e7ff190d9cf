"use client";

import type { Route } from "next";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/** "push" makes a history entry, so Back undoes the change; "replace" does not. */
export type QueryStringMode = "push" | "replace";

/**
 * The page's query string, and navigation to this page with another one (without scrolling):
 * `navigate` takes the whole new query, `setParam` sets or (with null) removes one parameter and
 * keeps the others.
 */
export function useQueryString() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();

  const navigate = useCallback(
    (params: URLSearchParams, mode: QueryStringMode) => {
      const search = params.toString();
      const href = (search ? `${pathname}?${search}` : pathname) as Route;
      if (mode === "push") router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [pathname, router],
  );

  const setParam = useCallback(
    (name: string, value: string | null, mode: QueryStringMode = "replace") => {
      const params = new URLSearchParams(query);
      if (value === null) params.delete(name);
      else params.set(name, value);
      navigate(params, mode);
    },
    [navigate, query],
  );

  return { searchParams, query, navigate, setParam };
}
