"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { BulkActionBar, PageCheckbox, RowCheckbox, useBulkList } from "~/components/crm/bulk-actions";
import { PageHeader } from "~/components/page-header";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Alert } from "~/components/ui/alert";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { optionsFrom } from "~/components/ui/options";
import { cn } from "~/lib/cn";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatRelative, humanize } from "~/lib/format";
import { browserTimeZone } from "~/lib/time-zone";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { TaskActions } from "~/components/crm/task-actions";
import { TaskFormDialog } from "~/components/crm/task-form-dialog";
import { TaskSubject } from "./task-subject";

type ListInput = RouterInputs["crm"]["tasks"]["list"];
type Task = RouterOutputs["crm"]["tasks"]["list"]["items"][number];
// "active" is open and in progress together, so the filter does not offer "open" alone.
type StatusFilter = Exclude<NonNullable<ListInput["status"]>, "open"> | "all";
type DueFilter = NonNullable<ListInput["due"]> | "any";
type Scope = "mine" | "team";

const scopeOptions = optionsFrom<Scope>({ mine: "My tasks", team: "Team" });

const statusOptions = optionsFrom<StatusFilter>({ active: "To do", in_progress: "In progress", completed: "Done", all: "All" });

const dueOptions = optionsFrom<DueFilter>({ any: "Any time", overdue: "Overdue", today: "Today", week: "This week", none: "No date" });

const priorityTones: Record<Task["priority"], BadgeTone> = { low: "neutral", medium: "neutral", high: "amber", urgent: "red" };

const bulkStatusOptions = { open: "To do", in_progress: "In progress", completed: "Done" } as const satisfies Record<Task["status"], string>;

export function TasksView({ currentUserId, canWrite, canAssignOthers, canBulkAssign }: { currentUserId: string; canWrite: boolean; canAssignOthers: boolean; canBulkAssign: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<Scope>("mine");
  const [status, setStatus] = useState<StatusFilter>("active");
  const [due, setDue] = useState<DueFilter>("any");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [timeZone] = useState(browserTimeZone);
  const [actionError, setActionError] = useState<string | null>(null);

  const filters = {
    assigneeId: scope === "mine" ? "me" : undefined,
    status: status === "all" ? undefined : status,
    due: due === "any" ? undefined : due,
    search: search || undefined,
    timeZone,
  } satisfies Omit<ListInput, "limit">;
  const tasks = useInfiniteQuery(trpc.crm.tasks.list.infiniteQueryOptions({ limit: 50, ...filters }, nextCursorPages));

  const refresh = () => queryClient.invalidateQueries(trpc.crm.tasks.pathFilter());
  useRealtimeEvent("task:created", () => void refresh());
  useRealtimeEvent("task:updated", () => void refresh());

  const toggle = useMutation(
    trpc.crm.tasks.toggleComplete.mutationOptions({
      onMutate: () => setActionError(null),
      onError: (error) => setActionError(describeApiError(error).message),
      onSettled: refresh,
    }),
  );
  const update = useMutation(
    trpc.crm.tasks.update.mutationOptions({
      onMutate: () => setActionError(null),
      onError: (error) => setActionError(describeApiError(error).message),
      onSettled: refresh,
    }),
  );

  const { rows, total, totalCapped } = pagedRows(tasks.data);
  const bulk = useBulkList("task", filters, rows, { total, totalCapped });
  const filtered = search !== "" || due !== "any" || status !== "active";

  return (
    <>
      <PageHeader
        title="Tasks"
        description="Follow-ups and to-dos, soonest due first."
        actions={<ExportCsvButton noun="tasks" run={() => client.crm.tasks.export.mutate(filters)} />}
        create={canWrite && { label: "New task", testId: "open-create-task", onClick: () => setCreating(true) }}
      />
      <ListToolbar>
        <Segmented label="Whose tasks" options={scopeOptions} value={scope} onChange={setScope} testId="task-scope" />
        <Segmented label="Status" options={statusOptions} value={status} onChange={setStatus} testId="task-status-filter" />
        <Segmented label="Due" options={dueOptions} value={due} onChange={setDue} testId="task-due-filter" />
        <SearchInput label="Search tasks" placeholder="Search titles" value={search} onSearch={setSearch} className="w-56" />
      </ListToolbar>
      {actionError ? (
        <Alert tone="error" className="mt-3">
          {actionError}
        </Alert>
      ) : null}
      <PagedList
        query={tasks}
        noun={["task", "tasks"]}
        empty={
          <EmptyState title={filtered ? "No tasks match" : "Nothing to do"} testId="tasks-empty">
            {filtered ? "Try another filter." : scope === "mine" ? "No open tasks are assigned to you." : "Your team has no open tasks."}
          </EmptyState>
        }
      >
        <BulkActionBar
          list={bulk}
          currentUserId={currentUserId}
          actions={{ assign: canBulkAssign, status: canWrite ? { label: "Status", options: bulkStatusOptions } : undefined }}
        />
        <label className="mt-3 flex items-center gap-3 px-4 text-xs text-zinc-500">
          <PageCheckbox list={bulk} />
          Select all on this page
        </label>
        <ul className="mt-2 divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Tasks" data-testid="tasks-list">
          {rows.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              select={<RowCheckbox list={bulk} id={task.id} name={task.title} className="mt-0.5 shrink-0" />}
              canWrite={canWrite}
              showAssignee={scope === "team"}
              toggling={toggle.isPending && toggle.variables.id === task.id}
              onToggle={() => toggle.mutate({ id: task.id })}
              onStart={() => update.mutate({ id: task.id, status: task.status === "in_progress" ? "open" : "in_progress" })}
            />
          ))}
        </ul>
      </PagedList>
      {canWrite && creating ? (
        <TaskFormDialog currentUserId={currentUserId} canAssignOthers={canAssignOthers} onClose={() => setCreating(false)} />
      ) : null}
    </>
  );
}

function TaskRow({
  task,
  select,
  canWrite,
  showAssignee,
  toggling,
  onToggle,
  onStart,
}: {
  task: Task;
  /** The row's bulk-selection checkbox. */
  select: ReactNode;
  canWrite: boolean;
  showAssignee: boolean;
  toggling: boolean;
  onToggle: () => void;
  onStart: () => void;
}) {
  const done = task.status === "completed";
  return (
    <li className="flex items-start gap-3 px-4 py-3" data-testid="task-row" data-task-id={task.id} data-status={task.status}>
      {select}
      <input
        type="checkbox"
        checked={done}
        disabled={!canWrite || toggling}
        onChange={onToggle}
        aria-label={done ? `Reopen ${task.title}` : `Complete ${task.title}`}
        className="mt-0.5 size-4 shrink-0 rounded border-zinc-300 accent-indigo-600"
      />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className={cn("text-sm font-medium", done ? "text-zinc-400 line-through" : "text-zinc-900")}>{task.title}</p>
          {task.priority === "high" || task.priority === "urgent" ? <Badge tone={priorityTones[task.priority]}>{humanize(task.priority)}</Badge> : null}
          {task.status === "in_progress" ? <Badge tone="indigo">In progress</Badge> : null}
        </div>
        {task.description ? <p className="mt-0.5 line-clamp-2 text-sm text-zinc-600">{task.description}</p> : null}
        <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-zinc-500">
          {task.dueAt ? (
            <span className={cn(task.isOverdue && "font-medium text-red-600")} title={formatDate(task.dueAt)} data-testid="task-due">
              {task.isOverdue ? "Overdue · " : "Due "}
              {formatRelative(task.dueAt).toLowerCase()}
            </span>
          ) : (
            <span>No due date</span>
          )}
          <TaskSubject task={task} />
          {showAssignee ? <span>{task.assignee ? task.assignee.name : "Unassigned"}</span> : null}
          {done && task.completedAt ? <span>Done {formatRelative(task.completedAt).toLowerCase()}</span> : null}
        </p>
      </div>
      {canWrite && !done ? (
        <Button variant="ghost" size="sm" onClick={onStart}>
          {task.status === "in_progress" ? "Pause" : "Start"}
        </Button>
      ) : null}
      {canWrite ? <TaskActions task={task} /> : null}
    </li>
  );
}
