"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { ListState, LoadMoreButton, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { describeApiError } from "~/lib/api-errors";
import { checkFileForUpload } from "~/lib/file-checks";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

type EntityType = RouterInputs["files"]["list"]["entityType"];
type StoredFile = RouterOutputs["files"]["list"]["items"][number];

/** Spec 001's default; pages pass the configured FILES_MAX_BYTES. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The file's bytes as base64, which files.upload takes, reporting how much has been read. */
function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result.replace(/^data:[^,]*,/, "") : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });
}

/** Where an upload is: reading the file (with its percentage), then sending it. */
type UploadProgress = { filename: string; size: number; read: number; sending: boolean };

function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const label = progress.sending ? `Uploading ${progress.filename} (${sizeLabel(progress.size)})…` : `Reading ${progress.filename}… ${progress.read}%`;
  return (
    <div className="mt-2 text-xs text-zinc-600" data-testid="file-upload-progress">
      <p>{label}</p>
      {progress.sending ? (
        <div role="progressbar" aria-label={label} className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100">
          <div className="h-full w-1/3 animate-indeterminate rounded-full bg-indigo-500" />
        </div>
      ) : (
        <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.read} className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-100">
          <div className="h-full rounded-full bg-indigo-500 transition-all" style={{ width: `${progress.read}%` }} />
        </div>
      )}
    </div>
  );
}

/**
 * A record's attached files: download links (GET /api/files/<id>), and for those who may edit the
 * record upload (type and size checked before anything is sent, progress while it goes) and delete.
 */
export function FilesPanel({ entityType, entityId, canWrite, maxBytes = DEFAULT_MAX_BYTES }: { entityType: EntityType; entityId: string; canWrite: boolean; maxBytes?: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const files = useInfiniteQuery(trpc.files.list.infiniteQueryOptions({ entityType, entityId, limit: 20 }, nextCursorPages));
  const refresh = () => queryClient.invalidateQueries(trpc.files.list.pathFilter());
  const upload = useMutation(trpc.files.upload.mutationOptions({ onSuccess: refresh, onSettled: () => setProgress(null), onError: (cause) => setError(describeApiError(cause).message) }));
  const remove = useConfirmedMutation(trpc.files.delete.mutationOptions({ onSuccess: refresh }), (file: StoredFile) => ({ id: file.id }));
  const { rows } = pagedRows(files.data);
  const busy = progress !== null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setError(null);
    const checked = checkFileForUpload(file, maxBytes);
    if ("error" in checked) return setError(checked.error);
    setProgress({ filename: file.name, size: file.size, read: 0, sending: false });
    try {
      const content = await readAsBase64(file, (read) => setProgress((current) => current && { ...current, read }));
      setProgress((current) => current && { ...current, read: 100, sending: true });
      upload.mutate({ entityType, entityId, filename: file.name, contentType: checked.contentType, content });
    } catch (cause) {
      setProgress(null);
      setError(describeApiError(cause).message);
    }
  }

  return (
    <section aria-label="Files" data-testid="files-panel">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold text-zinc-900">Files</h3>
        {canWrite ? (
          <label className="cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50">
            {busy ? "Uploading…" : "Attach a file"}
            <input type="file" className="sr-only" onChange={(event) => void choose(event)} disabled={busy} data-testid="file-input" />
          </label>
        ) : null}
      </div>
      {progress ? <UploadProgressBar progress={progress} /> : null}
      {error ? (
        <Alert tone="error" className="mt-2" data-testid="file-error">
          {error}
        </Alert>
      ) : null}
      <div className="mt-2">
        <ListState query={files} isEmpty={rows.length === 0} loading="Loading files…" empty={<p className="text-sm text-zinc-500">No files attached.</p>}>
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
            {rows.map((file) => (
              <li key={file.id} className="flex items-center gap-3 px-3 py-2 text-sm" data-testid="file-row">
                {/* Name above its details, so the name keeps its room in a narrow column (the case page's side). */}
                <div className="min-w-0 flex-1">
                  <a href={file.url} className="block truncate font-medium text-indigo-700 hover:underline" download={file.filename}>
                    {file.filename}
                  </a>
                  <p className="truncate text-xs text-zinc-500">
                    {sizeLabel(file.sizeBytes)} · {file.uploadedBy?.name ?? "—"} · {formatDate(file.createdAt)}
                  </p>
                </div>
                {canWrite ? (
                  <Button size="sm" variant="ghost" onClick={() => remove.ask(file)} aria-label={`Delete ${file.filename}`}>
                    Delete
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          <LoadMoreButton query={files} />
        </ListState>
      </div>
      <ConfirmDialog {...remove.dialog} title="Delete file?" description={remove.target ? `${remove.target.filename} will be removed for everyone.` : ""} confirmLabel="Delete" />
    </section>
  );
}
