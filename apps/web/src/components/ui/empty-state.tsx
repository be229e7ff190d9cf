import type { ReactNode } from "react";
import { cn } from "~/lib/cn";

export function EmptyState({
  title,
  children,
  action,
  className,
  testId,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div className={cn("rounded-lg border border-dashed border-zinc-300 px-6 py-8 text-center", className)} data-testid={testId}>
      <p className="text-sm font-medium text-zinc-900">{title}</p>
      {children ? <div className="mx-auto mt-1 max-w-md text-sm text-zinc-500">{children}</div> : null}
      {action ? <div className="mt-4 flex justify-center">{action}</div> : null}
    </div>
  );
}
