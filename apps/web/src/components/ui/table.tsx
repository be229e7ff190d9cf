import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "~/lib/cn";

export function Table({ children, label, testId }: { children: ReactNode; label: string; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200">
      <table aria-label={label} data-testid={testId} className="w-full text-left text-sm">
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={cn("border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-xs font-medium whitespace-nowrap text-zinc-500", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("border-b border-zinc-100 px-3 py-2.5 align-middle text-zinc-700", className)} {...props} />;
}

/** The header of a row-actions column: empty to the eye, named for screen readers. */
export function ActionsTh() {
  return (
    <Th className="text-right">
      <span className="sr-only">Actions</span>
    </Th>
  );
}
