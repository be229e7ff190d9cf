import { cn } from "~/lib/cn";

export type MeterTone = "green" | "amber" | "red" | "indigo";

const fills: Record<MeterTone, string> = {
  green: "bg-emerald-500",
  amber: "bg-amber-500",
  red: "bg-red-500",
  indigo: "bg-indigo-500",
};

const strokes: Record<MeterTone, string> = {
  green: "stroke-emerald-500",
  amber: "stroke-amber-500",
  red: "stroke-red-500",
  indigo: "stroke-indigo-500",
};

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/** A 0–100 value as a thin horizontal bar, labelled for assistive technology; as wide as its container. */
export function MeterBar({ value, tone, label, className }: { value: number; tone: MeterTone; label: string; className?: string }) {
  const width = clamp(value);
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={width}
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-zinc-100", className)}
    >
      <div className={cn("h-full rounded-full", fills[tone])} style={{ width: `${width}%` }} />
    </div>
  );
}

/** A 0–100 value as a half-circle gauge with the number in the middle. */
export function Gauge({ value, tone, label, caption, testId }: { value: number; tone: MeterTone; label: string; caption?: string; testId?: string }) {
  const shown = clamp(value);
  // A semicircle of radius 40: its length is π·40; the dash covers the share of the value.
  const length = Math.PI * 40;
  return (
    <figure className="flex flex-col items-center" data-testid={testId}>
      <svg
        viewBox="0 0 100 56"
        className="w-32"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
      >
        <path d="M10 50a40 40 0 0 1 80 0" fill="none" strokeWidth="9" strokeLinecap="round" className="stroke-zinc-100" />
        {/* A zero-length dash with round caps would still draw a dot, so nothing is drawn for 0. */}
        {shown > 0 ? (
          <path
            d="M10 50a40 40 0 0 1 80 0"
            fill="none"
            strokeWidth="9"
            strokeLinecap="round"
            className={strokes[tone]}
            strokeDasharray={`${(shown / 100) * length} ${length}`}
          />
        ) : null}
        <text x="50" y="48" textAnchor="middle" className="fill-zinc-900 text-[20px] font-semibold tabular-nums">
          {shown}
        </text>
      </svg>
      <figcaption className="mt-1 text-center">
        <span className="block text-xs font-medium text-zinc-700">{label}</span>
        {caption ? <span className="block text-xs text-zinc-500">{caption}</span> : null}
      </figcaption>
    </figure>
  );
}
