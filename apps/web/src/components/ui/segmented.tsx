"use client";

import type { ChoiceProps, Option } from "~/components/ui/options";
import { cn } from "~/lib/cn";

/** A small set of mutually exclusive views (Client | Recruit, Table | Board) as a group of toggle buttons. */
export function Segmented<T extends string>({ label, options, value, onChange, testId }: ChoiceProps<T> & { options: readonly Option<T>[]; testId?: string }) {
  return (
    <div role="group" aria-label={label} data-testid={testId} className="inline-flex rounded-md bg-zinc-100 p-0.5">
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected}
            onClick={() => onChange(option.value)}
            className={cn(
              "rounded px-3 py-1 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600",
              selected ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200" : "text-zinc-600 hover:text-zinc-900",
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
