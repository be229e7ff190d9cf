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
import { parseTags } from "~/lib/tags";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { publicationStatusLabels, publicationStatusTones } from "./publication-status";
import { type OpenedRecord, RecordDrawer } from "./record-drawer";

type Resource = RouterOutputs["crm"]["knowledge"]["get"];

/** Reads a resource, and for writers edits or deletes it; `"new"` opens an empty form. */
export function KnowledgeResourceDrawer({
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
  const query = useQuery(trpc.crm.knowledge.get.queryOptions({ id: id ?? "" }, { enabled: id !== null }));
  return (
    <RecordDrawer
      opened={opened}
      query={query}
      canWrite={canWrite}
      onClose={onClose}
      onCreated={onCreated}
      newTitle="New resource"
      fallbackTitle="Resource"
      testId="knowledge-drawer"
      renderForm={({ record, onDone, onCancel }) => <ResourceForm resource={record} onDone={onDone} onCancel={onCancel} />}
      renderReader={({ record, onEdit, onDeleted }) => <ResourceReader resource={record} canWrite={canWrite} onEdit={onEdit} onDeleted={onDeleted} />}
    />
  );
}

function ResourceReader({ resource, canWrite, onEdit, onDeleted }: { resource: Resource; canWrite: boolean; onEdit: () => void; onDeleted: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.crm.knowledge.delete.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries(trpc.crm.knowledge.pathFilter());
        onDeleted();
      },
    }),
  );
  return (
    <article className="space-y-4">
      <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
        <Badge tone={publicationStatusTones[resource.status]}>{publicationStatusLabels[resource.status]}</Badge>
        {resource.category ? <Badge tone="indigo">{resource.category}</Badge> : null}
        {resource.tags.map((tag) => (
          <Badge key={tag}>{tag}</Badge>
        ))}
        <span className="ml-auto">
          {resource.author ? `${resource.author.name} · ` : ""}updated {formatDate(resource.updatedAt)}
        </span>
      </div>
      {resource.summary ? <p className="text-sm font-medium text-zinc-700">{resource.summary}</p> : null}
      <div className="text-sm leading-6 whitespace-pre-line text-zinc-800" data-testid="knowledge-content">
        {resource.content}
      </div>
      {resource.url ? (
        <a href={resource.url} target="_blank" rel="noopener noreferrer" className="inline-block text-sm font-medium text-indigo-600 hover:text-indigo-500">
          Open the source ↗
        </a>
      ) : null}
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
        title={`Delete “${resource.title}”?`}
        description="The copilot will no longer find it either. Archive it instead to keep it for the record."
        confirmLabel="Delete resource"
        pending={remove.isPending}
        error={remove.error ? describeApiError(remove.error).message : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ id: resource.id })}
      />
    </article>
  );
}

function ResourceForm({ resource, onDone, onCancel }: { resource?: Resource; onDone: (saved: Resource) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({
    title: resource?.title ?? "",
    summary: resource?.summary ?? "",
    content: resource?.content ?? "",
    category: resource?.category ?? "",
    tags: resource?.tags.join(", ") ?? "",
    url: resource?.url ?? "",
    status: resource?.status ?? "published",
  });
  const onSuccess = async (saved: Resource) => {
    await queryClient.invalidateQueries(trpc.crm.knowledge.pathFilter());
    onDone(saved);
  };
  const create = useMutation(trpc.crm.knowledge.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.crm.knowledge.update.mutationOptions({ onSuccess }));
  const mutation = resource ? update : create;
  const problem = mutation.error ? describeApiError(mutation.error) : null;
  const placed = ["title", "summary", "content", "category", "tags", "url", "status"];
  const unplacedError = problem && !placed.some((field) => problem.fieldErrors[field]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = {
      title: values.title,
      summary: values.summary.trim() || null,
      content: values.content,
      category: values.category.trim() || null,
      tags: parseTags(values.tags),
      url: values.url.trim() || null,
      status: values.status,
    };
    if (resource) update.mutate({ id: resource.id, ...fields });
    else create.mutate(fields);
  }

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="knowledge-form">
      {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
      <TextField label="Title" name="title" required autoFocus value={values.title} onChange={set("title")} error={fieldMessage("Title", problem?.fieldErrors.title)} />
      <TextField label="Summary" name="summary" value={values.summary} onChange={set("summary")} error={fieldMessage("Summary", problem?.fieldErrors.summary)} />
      <TextAreaField label="Content" name="content" required rows={12} value={values.content} onChange={set("content")} error={fieldMessage("Content", problem?.fieldErrors.content)} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Category" name="category" placeholder="e.g. Claims" value={values.category} onChange={set("category")} error={fieldMessage("Category", problem?.fieldErrors.category)} />
        <SelectField label="Status" name="status" value={values.status} onChange={set("status")} error={fieldMessage("Status", problem?.fieldErrors.status)}>
          <Options options={publicationStatusLabels} />
        </SelectField>
      </div>
      <TextField label="Tags" name="tags" hint="Separate tags with commas." value={values.tags} onChange={set("tags")} error={fieldMessage("Tags", problem?.fieldErrors.tags)} />
      <TextField label="Source link" name="url" type="url" placeholder="https://" value={values.url} onChange={set("url")} error={fieldMessage("Source link", problem?.fieldErrors.url)} />
      <div className="flex justify-end gap-2 pt-1">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Saving…" : resource ? "Save changes" : "Save resource"}
        </Button>
      </div>
    </form>
  );
}
