"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { ListState, LoadMoreButton, pagedRows } from "~/components/ui/list-shell";
import { describeApiError } from "~/lib/api-errors";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

type EntityType = RouterInputs["files"]["list"]["entityType"];
type StoredFile = RouterOutputs["files"]["list"]["items"][number];

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The file's bytes as base64, which files.upload takes. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result.replace(/^data:[^,]*,/, "") : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });
}

/** A record's attached files: download links, upload and delete for those who may edit the record. */
export function FilesPanel({ entityType, entityId, canWrite }: { entityType: EntityType; entityId: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<StoredFile | null>(null);
  const files = useInfiniteQuery(trpc.files.list.infiniteQueryOptions({ entityType, entityId, limit: 20 }, { getNextPageParam: (page) => page.nextCursor ?? undefined }));
  const refresh = () => queryClient.invalidateQueries(trpc.files.list.pathFilter());
  const upload = useMutation(trpc.files.upload.mutationOptions({ onSuccess: refresh, onError: (cause) => setError(describeApiError(cause).message) }));
  const remove = useMutation(
    trpc.files.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await refresh();
      },
    }),
  );
  const { rows } = pagedRows(files.data);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setError(null);
    try {
      upload.mutate({ entityType, entityId, filename: file.name, contentType: file.type || "application/octet-stream", content: await readAsBase64(file) });
    } catch (cause) {
      setError(describeApiError(cause).message);
    }
  }

  return (
    <section aria-label="Files" data-testid="files-panel">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-zinc-900">Files</h3>
        {canWrite ? (
          <label className="cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
            {upload.isPending ? "Uploading…" : "Attach a file"}
            <input type="file" className="sr-only" onChange={(event) => void choose(event)} disabled={upload.isPending} data-testid="file-input" />
          </label>
        ) : null}
      </div>
      {error ? (
        <Alert tone="error" className="mt-2">
          {error}
        </Alert>
      ) : null}
      <div className="mt-2">
        <ListState query={files} isEmpty={rows.length === 0} loading="Loading files…" empty={<p className="text-sm text-zinc-500">No files attached.</p>}>
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
            {rows.map((file) => (
              <li key={file.id} className="flex items-center gap-3 px-3 py-2 text-sm" data-testid="file-row">
                <a href={file.url} className="min-w-0 flex-1 truncate font-medium text-indigo-700 hover:underline" download={file.filename}>
                  {file.filename}
                </a>
                <span className="shrink-0 text-xs text-zinc-500">
                  {sizeLabel(file.sizeBytes)} · {file.uploadedBy?.name ?? "—"} · {formatDate(file.createdAt)}
                </span>
                {canWrite ? (
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(file)} aria-label={`Delete ${file.filename}`}>
                    Delete
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          <LoadMoreButton query={files} />
        </ListState>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete file?"
        description={deleting ? `${deleting.filename} will be removed for everyone.` : ""}
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error ? describeApiError(remove.error).message : null}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </section>
  );
}
