import type { ReactNode } from "react";
import { Badge } from "~/components/ui/badge";
import { type PublicationStatus, publicationStatusLabels, publicationStatusTones } from "./publication-status";

/**
 * How a published document (a knowledge resource, a training module) reads in its drawer: status,
 * category and the kind's own details on one line, then the lead paragraph, the text, and extras.
 */
export function DocumentReader({
  document: { status, category, content },
  details,
  lead,
  contentTestId,
  children,
}: {
  document: { status: PublicationStatus; category: string | null; content: string };
  details: ReactNode;
  lead: string | null;
  contentTestId?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        <Badge tone={publicationStatusTones[status]}>{publicationStatusLabels[status]}</Badge>
        {category ? <Badge tone="indigo">{category}</Badge> : null}
        {details}
      </div>
      {lead ? <p className="text-sm font-medium text-zinc-700">{lead}</p> : null}
      <div className="text-sm leading-6 whitespace-pre-line text-zinc-800" data-testid={contentTestId}>
        {content}
      </div>
      {children}
    </>
  );
}
