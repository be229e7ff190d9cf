import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "~/components/ui/badge";
import { formatDay, formatMoney, formatRelative, humanize } from "~/lib/format";
import type { RouterOutputs } from "~/trpc/types";
import { TaskActions } from "~/components/crm/task-actions";

type ContactDetail = RouterOutputs["crm"]["contacts"]["get"];

/** The contact's deals, tickets and open tasks, each linking to where it is worked. */
export function RelatedRecords({
  opportunities,
  tickets,
  tasks,
  onAddOpportunity,
  addTask,
  canWrite,
}: {
  opportunities: ContactDetail["opportunities"];
  tickets: ContactDetail["tickets"];
  tasks: ContactDetail["openTasks"];
  /** Offered to those who may write. */
  onAddOpportunity?: () => void;
  /** The "Add task" button, for those who may write. */
  addTask?: ReactNode;
  canWrite: boolean;
}) {
  return (
    <aside className="space-y-8">
      <Related
        title="Opportunities"
        count={opportunities.length}
        empty="No deals with this contact."
        testId="contact-opportunities"
        action={
          onAddOpportunity ? (
            <button type="button" onClick={onAddOpportunity} className="text-xs font-medium text-indigo-600 hover:text-indigo-500" data-testid="open-add-opportunity">
              Add deal
            </button>
          ) : null
        }
      >
        {opportunities.map((opportunity) => (
          <li key={opportunity.id}>
            <Link href={`/crm/pipeline?opportunity=${opportunity.id}`} className="group block rounded-md px-2 py-1.5 hover:bg-zinc-50">
              <p className="text-sm font-medium text-zinc-900 group-hover:text-indigo-600">{opportunity.title}</p>
              <p className="text-xs text-zinc-500">
                {humanize(opportunity.stage)} · {formatMoney(opportunity.value)} · {opportunity.probability}%
                {opportunity.expectedCloseDate ? ` · closes ${formatDay(opportunity.expectedCloseDate)}` : ""}
              </p>
            </Link>
          </li>
        ))}
      </Related>
      <Related title="Tickets" count={tickets.length} empty="No service tickets." testId="contact-tickets">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link href={`/crm/service-desk?ticket=${ticket.id}`} className="group block rounded-md px-2 py-1.5 hover:bg-zinc-50">
              <p className="text-sm font-medium text-zinc-900 group-hover:text-indigo-600">
                <span className="font-mono text-xs text-zinc-500">TCK-{ticket.number}</span> {ticket.subject}
              </p>
              <p className="flex items-center gap-1.5 text-xs text-zinc-500">
                <Badge tone={ticket.status === "open" ? "indigo" : ticket.status === "pending" ? "amber" : "neutral"}>{humanize(ticket.status)}</Badge>
                {humanize(ticket.priority)} priority · {formatRelative(ticket.updatedAt)}
              </p>
            </Link>
          </li>
        ))}
      </Related>
      <Related title="Open tasks" count={tasks.length} empty="Nothing to do for this contact." testId="contact-tasks" action={addTask}>
        {tasks.map((task) => (
          <li key={task.id} className="flex items-start justify-between gap-2 px-2 py-1.5" data-testid="contact-task">
            <div className="min-w-0">
              <p className="text-sm font-medium text-zinc-900">{task.title}</p>
              <p className="text-xs text-zinc-500">
                {task.dueAt ? `Due ${formatRelative(task.dueAt).toLowerCase()}` : "No due date"}
                {task.assignee ? ` · ${task.assignee.name}` : ""}
              </p>
            </div>
            {canWrite ? (
              <div className="flex shrink-0">
                <TaskActions task={task} />
              </div>
            ) : null}
          </li>
        ))}
      </Related>
    </aside>
  );
}

function Related({
  title,
  count,
  empty,
  testId,
  action,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  testId: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} data-testid={testId}>
      <div className="flex items-baseline justify-between border-b border-zinc-200 pb-2">
        <h2 className="text-sm font-semibold text-zinc-900">
          {title} <span className="font-normal text-zinc-400">{count}</span>
        </h2>
        {action}
      </div>
      {count === 0 ? <p className="mt-3 text-sm text-zinc-500">{empty}</p> : <ul className="mt-2 -mx-2 space-y-0.5">{children}</ul>}
    </section>
  );
}
