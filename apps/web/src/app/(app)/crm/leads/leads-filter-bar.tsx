"use client";

import { useQuery } from "@tanstack/react-query";
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Options, PeopleOptions } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";
import { hasActiveFilters, type LeadFilters, type LeadSort, leadSortLabels } from "./lead-filters";
import { isLeadStatus, leadStatusLabels } from "./lead-status";

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

/** A typed filter: trimmed, and blank is no filter. */
const trimmed = (text: string) => text.trim() || undefined;

const scoreOf = (text: string) => {
  const number = Number(text);
  return text.trim() === "" || !Number.isInteger(number) ? undefined : Math.max(0, Math.min(100, number));
};

/** A labelled select filling its column of the bar. */
function SelectControl({
  label,
  className,
  value,
  onChange,
  children,
}: {
  label: string;
  className: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <Control label={label} className={className}>
      {(id) => (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={cn(controlClass, "w-full")}>
          {children}
        </select>
      )}
    </Control>
  );
}

/** A pair of inputs for a range ("from – to") under one legend. */
function RangeFieldset({ legend, children: [from, to] }: { legend: string; children: [ReactNode, ReactNode] }) {
  return (
    <fieldset className="flex items-end gap-1.5">
      <legend className="mb-1 text-xs font-medium text-zinc-500">{legend}</legend>
      {from}
      <span className="pb-2 text-sm text-zinc-400">–</span>
      {to}
    </fieldset>
  );
}

/** One end of the score range: a whole number from 0 to 100, or nothing. */
function ScoreInput({ value, onCommit, ...props }: { value: number | undefined; onCommit: (score: number | undefined) => void; "aria-label": string; placeholder: string }) {
  return (
    <DebouncedInput
      {...props}
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      value={value?.toString() ?? ""}
      onCommit={(text) => onCommit(scoreOf(text))}
      className="w-18"
    />
  );
}

/** One end of the created-date range; a cleared date is no bound. */
function DateInput({ value, onCommit, ...props }: { value: string | undefined; onCommit: (day: string | undefined) => void; "aria-label": string; min?: string; max?: string }) {
  return <input {...props} type="date" value={value ?? ""} onChange={(event) => onCommit(event.target.value || undefined)} className={cn(controlClass, "w-36")} />;
}

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
                onCommit={(search) => onChange({ search: trimmed(search) })}
                className="w-full pl-8"
              />
            </div>
          )}
        </Control>
        {filters.view === "table" ? (
          <SelectControl label="Status" className="w-40" value={filters.status ?? ""} onChange={(status) => onChange({ status: isLeadStatus(status) ? status : undefined })}>
            <option value="">Any status</option>
            <Options options={leadStatusLabels} />
          </SelectControl>
        ) : null}
        <SelectControl label="Owner" className="w-44" value={filters.owner ?? ""} onChange={(owner) => onChange({ owner: owner || undefined })}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Unassigned</option>
          <PeopleOptions people={others} />
        </SelectControl>
        <Control label="Tag" className="w-36">
          {(id) => <DebouncedInput id={id} placeholder="e.g. referral" value={filters.tag ?? ""} onCommit={(tag) => onChange({ tag: trimmed(tag) })} className="w-full" data-testid="leads-tag-filter" />}
        </Control>
        <Control label="Source" className="w-40">
          {(id) => <DebouncedInput id={id} placeholder="e.g. Referral" value={filters.source ?? ""} onCommit={(source) => onChange({ source: trimmed(source) })} className="w-full" />}
        </Control>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <RangeFieldset legend="Score">
          <ScoreInput aria-label="Minimum score" placeholder="0" value={filters.scoreMin} onCommit={(scoreMin) => onChange({ scoreMin })} />
          <ScoreInput aria-label="Maximum score" placeholder="100" value={filters.scoreMax} onCommit={(scoreMax) => onChange({ scoreMax })} />
        </RangeFieldset>
        <RangeFieldset legend="Created">
          <DateInput aria-label="Created from" value={filters.createdFrom} max={filters.createdTo} onCommit={(createdFrom) => onChange({ createdFrom })} />
          <DateInput aria-label="Created to" value={filters.createdTo} min={filters.createdFrom} onCommit={(createdTo) => onChange({ createdTo })} />
        </RangeFieldset>
        <SelectControl label="Sort" className="w-44" value={filters.sort ?? "createdAt"} onChange={(sort) => onChange({ sort: sort as LeadSort })}>
          <Options options={leadSortLabels} />
        </SelectControl>
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
