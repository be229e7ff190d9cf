import type { RouterInputs } from "~/trpc/types";

// The jobs as an admin reads them: what each worker function does, and the jobs the API lets an
// admin run now (settings.jobs.run's `job`), in the order the Jobs section offers them.

export type RunnableJob = RouterInputs["settings"]["jobs"]["run"]["job"];

export const runnableJobs = [
  { job: "scores-recompute", label: "Recompute scores", description: "Health, churn, lead, deal and renewal scores; at-risk clients notify their owners." },
  { job: "insights", label: "Generate insights", description: "AI insights for contacts and deals with activity since the last run." },
  { job: "task-due-reminders", label: "Send task reminders", description: "Reminds assignees of tasks whose due time has come." },
  { job: "notifications-cleanup", label: "Clean up notifications", description: "Deletes expired notifications." },
] as const satisfies readonly { job: RunnableJob; label: string; description: string }[];

const functionLabels: Record<string, string> = {
  "scores-recompute-organization": "Score recomputation",
  "opportunity-rescore": "Deal rescore",
  "insights-organization": "AI insights",
  "task-due-reminders-organization": "Task reminders",
  "calendar-appointment-reminders": "Appointment reminders",
  "notifications-cleanup-organization": "Notification cleanup",
};

/** A worker function's name for people; an unknown one is shown as it is stored. */
export const jobFunctionLabel = (functionId: string) => functionLabels[functionId] ?? functionId;

/** A run's result as one line of counts: `{ contacts: 12, notified: 1 }` → "12 contacts · 1 notified". */
export function describeJobResult(result: unknown): string {
  if (!result || typeof result !== "object" || Array.isArray(result)) return "";
  return Object.entries(result)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .map(([name, count]) => `${count} ${name.replace(/([A-Z])/g, " $1").toLowerCase()}`)
    .join(" · ");
}
