"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { Table, Td } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { describeJobResult, jobFunctionLabel, runnableJobs, type RunnableJob } from "./job-labels";
import { SettingsSection } from "./settings-section";

type JobRun = RouterOutputs["settings"]["jobs"]["list"]["items"][number];

const statusTones: Record<JobRun["status"], BadgeTone> = { running: "indigo", completed: "green", failed: "red", cancelled: "neutral" };
const statusLabels: Record<JobRun["status"], string> = { running: "Running", completed: "Completed", failed: "Failed", cancelled: "Cancelled" };

/** While a run is in progress the list refreshes itself; job runs have no realtime event of their own. */
const POLL_WHILE_RUNNING_MS = 3_000;

export function JobsSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ran, setRan] = useState<{ job: RunnableJob; summary: string } | null>(null);
  const runs = useInfiniteQuery({
    ...trpc.settings.jobs.list.infiniteQueryOptions({ limit: 25 }, nextCursorPages),
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((run) => run.status === "running")) ? POLL_WHILE_RUNNING_MS : false),
  });
  const run = useMutation(
    trpc.settings.jobs.run.mutationOptions({
      onMutate: () => setRan(null),
      onSuccess: (result, { job }) => setRan({ job, summary: describeJobResult(result.result) }),
      onSettled: () => queryClient.invalidateQueries(trpc.settings.jobs.pathFilter()),
    }),
  );
  const { rows } = pagedRows(runs.data);
  const labelOf = (job: RunnableJob) => runnableJobs.find((item) => item.job === job)?.label ?? job;

  return (
    <SettingsSection id="jobs" title="Jobs" description="Background work for your agency: what ran, when and with what outcome. Run a recomputation now when you need it sooner.">
      <ul className="grid gap-3 sm:grid-cols-2" aria-label="Jobs you can run now" data-testid="runnable-jobs">
        {runnableJobs.map((item) => {
          const pending = run.isPending && run.variables.job === item.job;
          return (
            <li key={item.job} className="flex items-start justify-between gap-3 rounded-lg border border-zinc-200 p-3" data-testid="runnable-job" data-job={item.job}>
              <div>
                <p className="text-sm font-medium text-zinc-900">{item.label}</p>
                <p className="mt-0.5 text-xs text-zinc-500">{item.description}</p>
              </div>
              <Button variant="secondary" size="sm" onClick={() => run.mutate({ job: item.job })} disabled={run.isPending} aria-label={`Run now: ${item.label}`}>
                {pending ? "Running…" : "Run now"}
              </Button>
            </li>
          );
        })}
      </ul>
      {run.isError ? (
        <Alert tone="error" className="mt-3">
          {describeApiError(run.error).message}
        </Alert>
      ) : ran ? (
        <Alert tone="success" className="mt-3">
          {labelOf(ran.job)} finished{ran.summary ? `: ${ran.summary}` : "."}
        </Alert>
      ) : null}
      <PagedList
        query={runs}
        noun={["run", "runs"]}
        className="mt-6"
        loading="Loading job runs…"
        empty={
          <EmptyState title="No job runs yet" testId="job-runs-empty">
            Runs appear here as the worker processes your agency, or when you run a job now.
          </EmptyState>
        }
      >
        <Table label="Job runs" testId="job-runs-table" columns={["Job", "Started", "Finished", "Outcome", "Counts"]}>
          <tbody>
            {rows.map((item) => (
              <tr key={item.id} data-testid="job-run-row" data-function={item.functionId} data-status={item.status}>
                <Td className="font-medium text-zinc-900">
                  {jobFunctionLabel(item.functionId)}
                  <span className="ml-2 text-xs font-normal text-zinc-400">{item.triggeredById ? "run now" : item.engine}</span>
                </Td>
                <Td className="whitespace-nowrap text-zinc-500" title={formatDate(item.startedAt)}>
                  {formatRelative(item.startedAt)}
                </Td>
                <Td className="whitespace-nowrap text-zinc-500">{item.finishedAt ? formatRelative(item.finishedAt) : "—"}</Td>
                <Td>
                  <Badge tone={statusTones[item.status]}>{statusLabels[item.status]}</Badge>
                  {item.attempt > 1 ? <span className="ml-2 text-xs text-zinc-500">attempt {item.attempt}</span> : null}
                  {item.error ? <p className="mt-1 max-w-xs truncate text-xs text-red-700" title={item.error}>{item.error}</p> : null}
                </Td>
                <Td className="text-xs text-zinc-600">{describeJobResult(item.result) || "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </SettingsSection>
  );
}
