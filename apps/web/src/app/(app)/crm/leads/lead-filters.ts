import type { RouterInputs } from "~/trpc/types";
import { isLeadStatus, type LeadKind, type LeadStatus } from "./lead-status";

// The leads page keeps its whole state in the URL (tab, view, filters, the open lead) so any
// view is linkable and survives a reload. These functions translate between the query string
// and the list procedure's input.

export type LeadListInput = RouterInputs["crm"]["leads"]["list"];
export type LeadSort = NonNullable<LeadListInput["sort"]>;
export type LeadView = "table" | "board";

export const leadSortLabels: Record<LeadSort, string> = {
  createdAt: "Newest",
  score: "Highest score",
  value: "Highest value",
  name: "Name A–Z",
  lastInteractionAt: "Recent interaction",
};

const leadSorts = Object.keys(leadSortLabels) as LeadSort[];

export interface LeadFilters {
  kind: LeadKind;
  view: LeadView;
  status?: LeadStatus;
  source?: string;
  /** "me", "none" (nobody owns it) or a user id. */
  owner?: string;
  /** Leads carrying this tag. */
  tag?: string;
  scoreMin?: number;
  scoreMax?: number;
  /** Days as <input type="date"> values, in the browser's time zone. */
  createdFrom?: string;
  createdTo?: string;
  search?: string;
  sort?: LeadSort;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function score(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 && number <= 100 ? number : undefined;
}

function day(value: string | null): string | undefined {
  return value && dayPattern.test(value) ? value : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseLeadFilters(params: URLSearchParams): LeadFilters {
  const status = params.get("status");
  const sort = params.get("sort");
  return {
    kind: params.get("kind") === "recruit" ? "recruit" : "client",
    view: params.get("view") === "board" ? "board" : "table",
    status: isLeadStatus(status) ? status : undefined,
    source: text(params.get("source")),
    owner: text(params.get("owner")),
    tag: text(params.get("tag")),
    scoreMin: score(params.get("scoreMin")),
    scoreMax: score(params.get("scoreMax")),
    createdFrom: day(params.get("from")),
    createdTo: day(params.get("to")),
    search: text(params.get("q")),
    sort: leadSorts.find((candidate) => candidate === sort),
  };
}

/** The query string for the filters, leaving out defaults; other parameters (the open lead) are kept. */
export function withLeadFilters(current: URLSearchParams, filters: LeadFilters): URLSearchParams {
  const params = new URLSearchParams(current);
  const set = (key: string, value: string | number | undefined, fallback?: string) => {
    if (value === undefined || value === "" || String(value) === fallback) params.delete(key);
    else params.set(key, String(value));
  };
  set("kind", filters.kind, "client");
  set("view", filters.view, "table");
  set("status", filters.status);
  set("source", filters.source);
  set("owner", filters.owner);
  set("tag", filters.tag);
  set("scoreMin", filters.scoreMin);
  set("scoreMax", filters.scoreMax);
  set("from", filters.createdFrom);
  set("to", filters.createdTo);
  set("q", filters.search);
  set("sort", filters.sort, "createdAt");
  return params;
}

/** Whether anything narrows the list beyond the tab (for "Clear filters" and the empty state). */
export function hasActiveFilters(filters: LeadFilters): boolean {
  const { kind: _kind, view: _view, sort: _sort, ...narrowing } = filters;
  return Object.values(narrowing).some((value) => value !== undefined);
}

function localDay(value: string, endOfDay: boolean): Date {
  const [year, month, date] = value.split("-").map(Number) as [number, number, number];
  return endOfDay ? new Date(year, month - 1, date, 23, 59, 59, 999) : new Date(year, month - 1, date);
}

/**
 * The list input for the filters. The board leaves the status out (each column is one status);
 * "me" becomes the viewer's id and "none" asks for leads nobody owns.
 */
export function leadListInput(filters: LeadFilters, viewerId: string, { limit, includeStatus = true }: { limit: number; includeStatus?: boolean }): LeadListInput {
  const ownerId = filters.owner === "me" ? viewerId : filters.owner === "none" ? null : filters.owner;
  return {
    kind: filters.kind,
    limit,
    ...(includeStatus && filters.status ? { status: filters.status } : {}),
    ...(filters.source ? { source: filters.source } : {}),
    ...(ownerId !== undefined ? { ownerId } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.scoreMin !== undefined ? { scoreMin: filters.scoreMin } : {}),
    ...(filters.scoreMax !== undefined ? { scoreMax: filters.scoreMax } : {}),
    ...(filters.createdFrom ? { createdFrom: localDay(filters.createdFrom, false) } : {}),
    ...(filters.createdTo ? { createdTo: localDay(filters.createdTo, true) } : {}),
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.sort ? { sort: filters.sort } : {}),
  };
}

/** A list input without its page size: what the export and a bulk selection's filter take. */
export function withoutPage<T extends { limit?: number }>({ limit: _limit, ...input }: T): Omit<T, "limit"> {
  return input;
}
