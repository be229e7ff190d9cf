"use client";

import type { ChoiceProps, Option } from "~/components/ui/options";
import { cn } from "~/lib/cn";

export interface TabItem<T extends string> extends Option<T> {
  count?: number;
}

/** Underlined section tabs; the panel below is the caller's, labelled by the tab id `${idPrefix}-tab-${value}`. */
export function Tabs<T extends string>({ label, items, value, onChange, idPrefix }: ChoiceProps<T> & { items: readonly TabItem<T>[]; idPrefix: string }) {
  return (
    <div role="tablist" aria-label={label} className="flex gap-4 border-b border-zinc-200">
      {items.map((item) => {
        const active = item.value === value;
        return (
          <button
            key={item.value}
            id={`${idPrefix}-tab-${item.value}`}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls={`${idPrefix}-panel`}
            onClick={() => onChange(item.value)}
            className={cn(
              "-mb-px border-b-2 px-0.5 pb-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
              active ? "border-indigo-600 text-zinc-900" : "border-transparent text-zinc-500 hover:text-zinc-800",
            )}
          >
            {item.label}
            {item.count !== undefined ? <span className="ml-1.5 text-xs text-zinc-400 tabular-nums">{item.count}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
