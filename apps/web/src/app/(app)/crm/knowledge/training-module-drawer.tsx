"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { publicationStatusLabels, publicationStatusTones } from "./publication-status";
import { type OpenedRecord, RecordDrawer } from "./record-drawer";

type TrainingModule = RouterOutputs["crm"]["training"]["get"];

export function TrainingModuleDrawer({
  opened,
  canWrite,
  onClose,
  onCreated,
}: {
  opened: OpenedRecord;
  canWrite: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const trpc = useTRPC();
  const id = opened && opened !== "new" ? opened.id : null;
  const query = useQuery(trpc.crm.training.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return (
    <RecordDrawer
      opened={opened}
      query={query}
      canWrite={canWrite}
      onClose={onClose}
      onCreated={onCreated}
      newTitle="New training module"
      fallbackTitle="Training module"
      testId="training-drawer"
      renderForm={({ record, onDone, onCancel }) => <ModuleForm module={record} onDone={onDone} onCancel={onCancel} />}
      renderReader={({ record, onEdit, onDeleted }) => <ModuleReader module={record} canWrite={canWrite} onEdit={onEdit} onDeleted={onDeleted} />}
    />
  );
}

function ModuleReader({ module, canWrite, onEdit, onDeleted }: { module: TrainingModule; canWrite: boolean; onEdit: () => void; onDeleted: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.crm.training.delete.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries(trpc.crm.training.pathFilter());
        onDeleted();
      },
    }),
  );
  return (
    <article className="space-y-4">
      <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        <Badge tone={publicationStatusTones[module.status]}>{publicationStatusLabels[module.status]}</Badge>
        {module.category ? <Badge tone="indigo">{module.category}</Badge> : null}
        {module.durationMinutes ? <span>{module.durationMinutes} min</span> : null}
        <span className="ml-auto">Updated {formatDate(module.updatedAt)}</span>
      </div>
      {module.description ? <p className="text-sm font-medium text-zinc-700">{module.description}</p> : null}
      <div className="text-sm leading-6 whitespace-pre-line text-zinc-800">{module.content}</div>
      {canWrite ? (
        <div className="flex gap-2 border-t border-zinc-200 pt-4">
          <Button variant="secondary" onClick={onEdit}>
            Edit
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            Delete
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${module.title}”?`}
        description="Archive it instead to take it out of the course but keep it."
        confirmLabel="Delete module"
        pending={remove.isPending}
        error={remove.error ? describeApiError(remove.error).message : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ id: module.id })}
      />
    </article>
  );
}

function ModuleForm({ module, onDone, onCancel }: { module?: TrainingModule; onDone: (saved: TrainingModule) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    title: module?.title ?? "",
    description: module?.description ?? "",
    content: module?.content ?? "",
    category: module?.category ?? "",
    durationMinutes: module?.durationMinutes ? String(module.durationMinutes) : "",
    status: module?.status ?? "draft",
  });
  const onSuccess = async (saved: TrainingModule) => {
    await queryClient.invalidateQueries(trpc.crm.training.pathFilter());
    onDone(saved);
  };
  const create = useMutation(trpc.crm.training.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.crm.training.update.mutationOptions({ onSuccess }));
  const mutation = module ? update : create;
  const problem = mutation.error ? describeApiError(mutation.error) : null;
  const placed = ["title", "description", "content", "category", "durationMinutes", "status"];
  const unplacedError = problem && !placed.some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const minutes = values.durationMinutes.trim() === "" ? null : Number(values.durationMinutes);
    const fields = {
      title: values.title,
      description: values.description.trim() || null,
      content: values.content,
      category: values.category.trim() || null,
      durationMinutes: minutes,
      status: values.status,
    };
    if (module) update.mutate({ id: module.id, ...fields });
    else create.mutate(fields);
  }

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="training-form">
      {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
      <TextField label="Title" name="title" required autoFocus value={values.title} onChange={set("title")} error={fieldMessage("Title", problem?.fieldErrors.title)} />
      <TextField label="Description" name="description" value={values.description} onChange={set("description")} error={fieldMessage("Description", problem?.fieldErrors.description)} />
      <TextAreaField label="Content" name="content" required rows={12} value={values.content} onChange={set("content")} error={fieldMessage("Content", problem?.fieldErrors.content)} />
      <div className="grid grid-cols-3 gap-3">
        <TextField label="Category" name="category" value={values.category} onChange={set("category")} error={fieldMessage("Category", problem?.fieldErrors.category)} />
        <TextField
          label="Minutes"
          name="durationMinutes"
          type="number"
          min="1"
          step="1"
          value={values.durationMinutes}
          onChange={set("durationMinutes")}
          error={fieldMessage("Minutes", problem?.fieldErrors.durationMinutes)}
        />
        <SelectField label="Status" name="status" value={values.status} onChange={set("status")} error={fieldMessage("Status", problem?.fieldErrors.status)}>
          <Options options={publicationStatusLabels} />
        </SelectField>
      </div>
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : "Save module"}
        </Button>
      </div>
    </form>
  );
}
