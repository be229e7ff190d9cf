import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/cn";
import { formatDate, formatRelative, humanize } from "~/lib/format";
import type { RouterOutputs } from "~/trpc/types";

export type TimelineActivity = RouterOutputs["crm"]["contacts"]["get"]["timeline"][number];

const typeStyles: Partial<Record<TimelineActivity["type"], { label: string; dot: string }>> = {
  call: { label: "Call", dot: "bg-emerald-500" },
  email: { label: "Email", dot: "bg-indigo-500" },
  sms: { label: "SMS", dot: "bg-sky-500" },
  meeting: { label: "Meeting", dot: "bg-violet-500" },
  note: { label: "Note", dot: "bg-zinc-400" },
  stage_change: { label: "Stage change", dot: "bg-amber-500" },
  status_change: { label: "Status change", dot: "bg-amber-500" },
  task: { label: "Task", dot: "bg-teal-500" },
  policy_change: { label: "Policy", dot: "bg-sky-700" },
  ticket: { label: "Ticket", dot: "bg-rose-500" },
  record_update: { label: "Edit", dot: "bg-zinc-500" },
};

const sentimentTone = { positive: "green", neutral: "neutral", negative: "red" } as const;

/** The activity feed of a contact, lead or opportunity, newest first. */
export function ActivityTimeline({ activities, emptyText, testId }: { activities: readonly TimelineActivity[]; emptyText: string; testId?: string }) {
  if (activities.length === 0) return <p className="text-sm text-zinc-500" data-testid={testId ? `${testId}-empty` : undefined}>{emptyText}</p>;
  return (
    <ol className="relative space-y-4 border-l border-zinc-200 pl-5" data-testid={testId}>
      {activities.map((activity) => {
        const style = typeStyles[activity.type] ?? { label: humanize(activity.type), dot: "bg-zinc-300" };
        return (
          <li key={activity.id} className="relative" data-testid="timeline-item" data-type={activity.type}>
            <span aria-hidden="true" className={cn("absolute top-1.5 -left-[25px] size-2.5 rounded-full ring-4 ring-white", style.dot)} />
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <p className="text-sm font-medium text-zinc-900">{activity.title}</p>
              <span className="text-xs text-zinc-500">{style.label}</span>
              {activity.sentiment ? <Badge tone={sentimentTone[activity.sentiment]}>{humanize(activity.sentiment)}</Badge> : null}
            </div>
            {activity.description ? <p className="mt-0.5 text-sm whitespace-pre-line text-zinc-600">{activity.description}</p> : null}
            {activity.outcome || activity.nextStep ? (
              <dl className="mt-1 space-y-0.5 text-xs text-zinc-600">
                {activity.outcome ? (
                  <div>
                    <dt className="inline font-medium">Outcome: </dt>
                    <dd className="inline">{activity.outcome}</dd>
                  </div>
                ) : null}
                {activity.nextStep ? (
                  <div>
                    <dt className="inline font-medium">Next step: </dt>
                    <dd className="inline">{activity.nextStep}</dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
            <p className="mt-1 text-xs text-zinc-400">
              <time dateTime={activity.occurredAt.toISOString()} title={formatDate(activity.occurredAt)}>
                {formatRelative(activity.occurredAt)}
              </time>
              {activity.actor ? ` · ${activity.actor.name}` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
