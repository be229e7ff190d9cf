import type { ReactNode } from "react";
import { cn } from "~/lib/cn";

const accents = {
  neutral: "text-zinc-900",
  indigo: "text-indigo-700",
  green: "text-emerald-700",
  red: "text-red-700",
  amber: "text-amber-700",
} as const;

export interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: keyof typeof accents;
  /** Makes the card a toggle, e.g. to apply the filter the number counts. */
  onSelect?: () => void;
  selected?: boolean;
  "data-testid"?: string;
}

export function StatCard({ label, value, hint, tone = "neutral", onSelect, selected, ...props }: StatCardProps) {
  const body = (
    <>
      <p className="text-xs font-medium text-zinc-500">{label}</p>
      <p className={cn("mt-1 text-2xl font-semibold tracking-tight tabular-nums", accents[tone])} data-testid={props["data-testid"] ? `${props["data-testid"]}-value` : undefined}>
        {value}
      </p>
      {hint ? <p className="mt-0.5 text-xs text-zinc-500">{hint}</p> : null}
    </>
  );
  const frame = "flex flex-col items-start justify-start rounded-xl border px-4 py-3 text-left";
  if (onSelect) {
    return (
      <button
        type="button"
        onClick={onSelect}
        aria-pressed={selected}
        data-testid={props["data-testid"]}
        className={cn(
          frame,
          "transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
          selected ? "border-indigo-300 bg-indigo-50/40 ring-1 ring-indigo-200" : "border-zinc-200 hover:border-zinc-300 hover:bg-zinc-50",
        )}
      >
        {body}
      </button>
    );
  }
  return (
    <div className={cn(frame, "border-zinc-200")} data-testid={props["data-testid"]}>
      {body}
    </div>
  );
}
