import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/button";

/** The button that opens a page's create form ("New ticket"), last among the header's actions. */
export interface CreateAction {
  label: string;
  testId: string;
  onClick: () => void;
}

/** A page's title and description, with its actions; `create` is false for a viewer who may not create. */
export function PageHeader({ title, description, actions, create }: { title: string; description?: ReactNode; actions?: ReactNode; create?: CreateAction | false }) {
  const buttons = create ? (
    <>
      {actions}
      <Button onClick={create.onClick} data-testid={create.testId}>
        {create.label}
      </Button>
    </>
  ) : (
    actions
  );
  return (
    <div className="flex items-start justify-between gap-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-zinc-500">{description}</p> : null}
      </div>
      {buttons ? <div className="flex items-center gap-2">{buttons}</div> : null}
    </div>
  );
}

/** The way back up, above a page's header: "← Leads". */
export function BackLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm text-zinc-500 hover:text-zinc-900">
      ← {children}
    </Link>
  );
}
