"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { useTRPC } from "~/trpc/react";
import { useAssigningViewer } from "./use-assigning-viewer";
import { type EditableTask, TaskFormDialog, type TaskSubjectRecord } from "./task-form-dialog";

/** Edit (reschedule, reassign) and delete for one task, wherever a task is listed. */
export function TaskActions({ task }: { task: EditableTask }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const viewer = useAssigningViewer();
  const [editing, setEditing] = useState(false);
  const remove = useConfirmedMutation(
    trpc.crm.tasks.delete.mutationOptions({
      onSuccess: () =>
        Promise.all([queryClient.invalidateQueries(trpc.crm.tasks.pathFilter()), queryClient.invalidateQueries(trpc.crm.contacts.get.pathFilter())]),
    }),
    (id: string) => ({ id }),
  );
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setEditing(true)} disabled={!viewer} aria-label={`Edit ${task.title}`} data-testid="edit-task">
        Edit
      </Button>
      <Button variant="ghost" size="sm" onClick={() => remove.ask(task.id)} aria-label={`Delete ${task.title}`} data-testid="delete-task">
        Delete
      </Button>
      {editing && viewer ? <TaskFormDialog task={task} {...viewer} onClose={() => setEditing(false)} /> : null}
      <ConfirmDialog {...remove.dialog} title="Delete this task?" description={`"${task.title}" is deleted for good.`} confirmLabel="Delete task" />
    </>
  );
}

/** "Add task" on a lead, deal, contact or policy: a new task already about that record. */
export function AddTaskButton({ about, initialTitle, label = "Add task" }: { about: TaskSubjectRecord; initialTitle?: string; label?: string }) {
  const viewer = useAssigningViewer();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} disabled={!viewer} data-testid="add-task">
        {label}
      </Button>
      {open && viewer ? <TaskFormDialog about={about} initialTitle={initialTitle} {...viewer} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
