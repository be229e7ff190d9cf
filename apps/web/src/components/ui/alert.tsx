import type { ReactNode } from "react";
import { describeApiError } from "~/lib/api-errors";
import { cn } from "~/lib/cn";

const tones = {
  error: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  info: "bg-zinc-50 text-zinc-700 ring-zinc-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
} as const;

export function Alert({ tone = "info", children, className, ...props }: { tone?: keyof typeof tones; children: ReactNode; className?: string; "data-testid"?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("rounded-md px-3 py-2 text-sm ring-1 ring-inset", tones[tone], className)}
      {...props}
    >
      {children}
    </div>
  );
}

/** A failed request's message, or nothing while there is no error. */
export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  if (error === null || error === undefined) return null;
  return (
    <Alert tone="error" className={className}>
      {describeApiError(error).message}
    </Alert>
  );
}
