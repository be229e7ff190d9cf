"use client";

import { useQuery } from "@tanstack/react-query";
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";
import { hasActiveFilters, type LeadFilters, type LeadSort, leadSortLabels } from "./lead-filters";
import { isLeadStatus, leadStatuses, leadStatusLabels } from "./lead-status";

const controlClass =
  "block h-9 rounded-md border-0 bg-white px-2.5 text-sm text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none";

function Control({ label, children, className }: { label: string; children: (id: string) => ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-500">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * An input that reports its value after a pause, so typing "75" filters once, not for "7" then
 * "75". A value changed from outside (Clear filters) replaces the text; the echo of its own
 * report does not, so keys typed while the list reloads are kept.
 */
function DebouncedInput({
  value,
  onCommit,
  className,
  delayMs = 350,
  ...props
}: { value: string; onCommit: (value: string) => void; delayMs?: number } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  const [text, setText] = useState(value);
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(value);
  }, [value]);
  useEffect(() => {
    if (text === reported.current) return;
    const timer = setTimeout(() => {
      reported.current = text;
      onCommit(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, onCommit]);
  return <input {...props} value={text} onChange={(event) => setText(event.target.value)} className={cn(controlClass, className)} />;
}

const scoreOf = (text: string) => {
  const number = Number(text);
  return text.trim() === "" || !Number.isInteger(number) ? undefined : Math.max(0, Math.min(100, number));
};

export function LeadsFilterBar({
  filters,
  onChange,
  viewerId,
}: {
  filters: LeadFilters;
  onChange: (patch: Partial<LeadFilters>) => void;
  viewerId: string;
}) {
  const trpc = useTRPC();
  const agents = useQuery(trpc.crm.agents.list.queryOptions({}));
  const others = (agents.data?.items ?? []).filter((agent) => agent.id !== viewerId);

  return (
    <div className="space-y-3 rounded-xl border border-zinc-200 bg-zinc-50/60 p-3" data-testid="leads-filters">
      <div className="flex flex-wrap items-end gap-3">
        <Control label="Search" className="min-w-56 flex-1">
          {(id) => (
            <div className="relative">
              <svg viewBox="0 0 20 20" aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400">
                <path d="M9 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12Zm4.5-1.5L17 17" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
              <DebouncedInput
                id={id}
                type="search"
                aria-label="Search leads"
                placeholder="Name, email, phone or company"
                value={filters.search ?? ""}
                onCommit={(search) => onChange({ search: search.trim() || undefined })}
                className="w-full pl-8"
              />
            </div>
          )}
        </Control>
        {filters.view === "table" ? (
          <Control label="Status" className="w-40">
            {(id) => (
              <select
                id={id}
                value={filters.status ?? ""}
                onChange={(event) => onChange({ status: isLeadStatus(event.target.value) ? event.target.value : undefined })}
                className={cn(controlClass, "w-full")}
              >
                <option value="">Any status</option>
                {leadStatuses.map((status) => (
                  <option key={status} value={status}>
                    {leadStatusLabels[status]}
                  </option>
                ))}
              </select>
            )}
          </Control>
        ) : null}
        <Control label="Owner" className="w-44">
          {(id) => (
            <select id={id} value={filters.owner ?? ""} onChange={(event) => onChange({ owner: event.target.value || undefined })} className={cn(controlClass, "w-full")}>
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="none">Unassigned</option>
              {others.map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agent.name}
                </option>
              ))}
            </select>
          )}
        </Control>
        <Control label="Tag" className="w-36">
          {(id) => (
            <DebouncedInput
              id={id}
              placeholder="e.g. referral"
              value={filters.tag ?? ""}
              onCommit={(tag) => onChange({ tag: tag.trim() || undefined })}
              className="w-full"
              data-testid="leads-tag-filter"
            />
          )}
        </Control>
        <Control label="Source" className="w-40">
          {(id) => (
            <DebouncedInput
              id={id}
              placeholder="e.g. Referral"
              value={filters.source ?? ""}
              onCommit={(source) => onChange({ source: source.trim() || undefined })}
              className="w-full"
            />
          )}
        </Control>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="flex items-end gap-1.5">
          <legend className="mb-1 text-xs font-medium text-zinc-500">Score</legend>
          <DebouncedInput
            aria-label="Minimum score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            placeholder="0"
            value={filters.scoreMin?.toString() ?? ""}
            onCommit={(text) => onChange({ scoreMin: scoreOf(text) })}
            className="w-18"
          />
          <span className="pb-2 text-sm text-zinc-400">–</span>
          <DebouncedInput
            aria-label="Maximum score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            placeholder="100"
            value={filters.scoreMax?.toString() ?? ""}
            onCommit={(text) => onChange({ scoreMax: scoreOf(text) })}
            className="w-18"
          />
        </fieldset>
        <fieldset className="flex items-end gap-1.5">
          <legend className="mb-1 text-xs font-medium text-zinc-500">Created</legend>
          <input
            type="date"
            aria-label="Created from"
            value={filters.createdFrom ?? ""}
            max={filters.createdTo}
            onChange={(event) => onChange({ createdFrom: event.target.value || undefined })}
            className={cn(controlClass, "w-36")}
          />
          <span className="pb-2 text-sm text-zinc-400">–</span>
          <input
            type="date"
            aria-label="Created to"
            value={filters.createdTo ?? ""}
            min={filters.createdFrom}
            onChange={(event) => onChange({ createdTo: event.target.value || undefined })}
            className={cn(controlClass, "w-36")}
          />
        </fieldset>
        <Control label="Sort" className="w-44">
          {(id) => (
            <select id={id} value={filters.sort ?? "createdAt"} onChange={(event) => onChange({ sort: event.target.value as LeadSort })} className={cn(controlClass, "w-full")}>
              {(Object.keys(leadSortLabels) as LeadSort[]).map((sort) => (
                <option key={sort} value={sort}>
                  {leadSortLabels[sort]}
                </option>
              ))}
            </select>
          )}
        </Control>
        {hasActiveFilters(filters) ? (
          <Button
            variant="ghost"
            onClick={() =>
              onChange({
                status: undefined,
                source: undefined,
                owner: undefined,
                tag: undefined,
                scoreMin: undefined,
                scoreMax: undefined,
                createdFrom: undefined,
                createdTo: undefined,
                search: undefined,
              })
            }
          >
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
