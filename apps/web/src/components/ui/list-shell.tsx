"use client";

import type { HTMLAttributes, ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button, type ButtonProps } from "~/components/ui/button";
import { Options } from "~/components/ui/field";
import { describeApiError } from "~/lib/api-errors";
import { cn } from "~/lib/cn";
import { formatCount } from "~/lib/format";

interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Page<T> {
  items: T[];
  total?: number | null;
  totalCapped?: boolean | null;
}

/** The options of every cursor-paged list query: the next page starts at the previous page's `nextCursor`. */
export const nextCursorPages = { getNextPageParam: (page: { nextCursor?: string | null }) => page.nextCursor ?? undefined };

/** The rows of every page loaded so far, and the total the first page counted. */
export function pagedRows<T>(data: { pages: Page<T>[] } | undefined): { rows: T[]; total: number; totalCapped: boolean } {
  const rows = data?.pages.flatMap((page) => page.items) ?? [];
  const first = data?.pages[0];
  return { rows, total: first?.total ?? rows.length, totalCapped: first?.totalCapped ?? false };
}

/** A select among a list's filters (`ListToolbar`). */
export const toolbarSelectClass = "rounded-md border-0 bg-white py-1.5 pr-7 pl-2 text-sm text-zinc-800 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600";

/** The row of filters above a list. */
export function ListToolbar({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("mt-6 flex flex-wrap items-center gap-3", className)}>{children}</div>;
}

/** "Sort by" and the list's orders, at the end of its toolbar. */
export function SortSelect<T extends string>({ value, options, onChange }: { value: T; options: readonly { value: T; label: string }[]; onChange: (sort: T) => void }) {
  return (
    <label className="ml-auto flex items-center gap-2 text-sm text-zinc-600">
      Sort by
      <select value={value} onChange={(event) => onChange(event.target.value as T)} className={toolbarSelectClass}>
        <Options options={options} />
      </select>
    </label>
  );
}

/** Loading, the error, the empty state, or the list itself: the four states every list shows. */
export function ListState({
  query,
  isEmpty,
  loading,
  empty,
  children,
}: {
  query: ListQuery;
  isEmpty: boolean;
  loading: ReactNode;
  empty: ReactNode;
  children: ReactNode;
}) {
  if (query.isPending) return typeof loading === "string" ? <p className="text-sm text-zinc-500">{loading}</p> : loading;
  if (query.isError) return <Alert tone="error">{describeApiError(query.error).message}</Alert>;
  return isEmpty ? empty : children;
}

/** Fetches the next page; nothing once every page is loaded. */
export function LoadMoreButton({ query, label = "Show more", variant = "ghost" }: { query: PagedQuery; label?: string; variant?: ButtonProps["variant"] }) {
  if (!query.hasNextPage) return null;
  return (
    <Button variant={variant} size="sm" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
      {query.isFetchingNextPage ? "Loading…" : label}
    </Button>
  );
}

/** Under a list: how many rows there are, and the button for the next page. */
export function ListFooter({ query, children, testId, loadMore }: { query: PagedQuery; children?: ReactNode; testId?: string; loadMore?: { label: string; variant: ButtonProps["variant"] } }) {
  return (
    <div className="mt-2 flex items-center justify-between text-xs text-zinc-500">
      <span data-testid={testId}>{children}</span>
      <LoadMoreButton query={query} label={loadMore?.label} variant={loadMore?.variant} />
    </div>
  );
}

/**
 * A paged list whole: its four states (`ListState`) around the rows the view renders, and under them the
 * count of the first page's total ("1 entry", "1,000+ entries") with the button for the next page. While
 * the first page loads it says "Loading <plural noun>…" unless given `loading`. Other props go to the
 * wrapping element (a tab panel's role and labels).
 */
export function PagedList<T>({
  query,
  noun,
  loading = noun ? `Loading ${noun[1]}…` : "Loading…",
  empty,
  countTestId,
  loadMore,
  className = "mt-4",
  children,
  ...wrapper
}: Omit<HTMLAttributes<HTMLDivElement>, "children"> & {
  query: ListQuery & PagedQuery & { data: { pages: Page<T>[] } | undefined };
  /** The count's noun, singular and plural; without it (a list whose pages count nothing) no count. */
  noun?: readonly [string, string];
  loading?: ReactNode;
  empty: ReactNode;
  countTestId?: string;
  loadMore?: { label: string; variant: ButtonProps["variant"] };
  className?: string;
  children: ReactNode;
}) {
  const { rows, total, totalCapped } = pagedRows(query.data);
  return (
    <div className={className} {...wrapper}>
      <ListState query={query} isEmpty={rows.length === 0} loading={loading} empty={empty}>
        {children}
        <ListFooter query={query} testId={countTestId} loadMore={loadMore}>
          {noun ? `${formatCount(total, totalCapped)} ${total === 1 ? noun[0] : noun[1]}` : null}
        </ListFooter>
      </ListState>
    </div>
  );
}
