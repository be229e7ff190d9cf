import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "~/lib/cn";

/**
 * A column heading: its text, or with a class; `srOnly` headings (a row's actions) are read but not
 * shown; `content` replaces the text with a control (the select-all checkbox of a bulk selection).
 */
export type Column = string | { label: string; className?: string; srOnly?: boolean; content?: ReactNode };

/** The heading of a column of row actions (Edit, Delete…). */
export const actionsColumn: Column = { label: "Actions", className: "text-right", srOnly: true };

/** The heading of a column of numbers, right-aligned over its `NumberTd` cells. */
export const numberColumn = (label: string): Column => ({ label, className: "text-right" });

/** A table with its column headings; `false` or null leaves a column out (one the viewer may not use). */
export function Table({ children, label, testId, columns }: { children: ReactNode; label: string; testId?: string; columns?: readonly (Column | false | null)[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200">
      <table aria-label={label} data-testid={testId} className="w-full text-left text-sm">
        {columns ? (
          <thead>
            <tr>
              {columns.map((column) => {
                if (!column) return null;
                const { label: heading, className, srOnly, content } = typeof column === "string" ? { label: column } : column;
                return (
                  <Th key={heading} className={className}>
                    {content ?? (srOnly ? <span className="sr-only">{heading}</span> : heading)}
                  </Th>
                );
              })}
            </tr>
          </thead>
        ) : null}
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

/** A cell of a number column: right-aligned, with digits of one width so the column lines up. */
export function NumberTd({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <Td className={cn("text-right tabular-nums", className)} {...props} />;
}
