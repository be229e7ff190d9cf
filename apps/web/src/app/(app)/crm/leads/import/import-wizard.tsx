"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { useAssigningViewer } from "~/components/crm/use-assigning-viewer";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { describeApiError } from "~/lib/api-errors";
import { cn } from "~/lib/cn";
import { useTRPC } from "~/trpc/react";
import type { LeadKind } from "../lead-status";
import { type DuplicateHandling, type ImportMapping, type ImportPreview, mappingFromSuggestion, sameMapping } from "./import-fields";
import { ImportResultView } from "./import-result";
import { MappingStep } from "./mapping-step";
import type { ImportFile } from "./read-import-file";
import { UploadStep } from "./upload-step";

const steps = ["Upload", "Map columns", "Import", "Result"] as const;
type Step = (typeof steps)[number];

function Stepper({ current }: { current: Step }) {
  const currentIndex = steps.indexOf(current);
  return (
    <ol className="flex items-center gap-2 text-sm" aria-label="Import steps">
      {steps.map((step, index) => (
        <li key={step} className="flex items-center gap-2" aria-current={index === currentIndex ? "step" : undefined}>
          <span
            className={cn(
              "flex size-6 items-center justify-center rounded-full text-xs font-semibold",
              index < currentIndex ? "bg-indigo-600 text-white" : index === currentIndex ? "bg-indigo-50 text-indigo-700 ring-1 ring-indigo-300" : "bg-zinc-100 text-zinc-500",
            )}
          >
            {index < currentIndex ? "✓" : index + 1}
          </span>
          <span className={index === currentIndex ? "font-medium text-zinc-900" : "text-zinc-500"}>{step}</span>
          {index < steps.length - 1 ? <span aria-hidden="true" className="mx-1 h-px w-6 bg-zinc-300" /> : null}
        </li>
      ))}
    </ol>
  );
}

function ImportProgress({ rows, filename }: { rows: number; filename: string }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((value) => value + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="rounded-xl border border-zinc-200 px-6 py-10 text-center" data-testid="import-progress">
      <p className="text-sm font-medium text-zinc-900">
        Importing {rows} {rows === 1 ? "row" : "rows"} from {filename}…
      </p>
      <div role="progressbar" aria-label="Import in progress" aria-valuetext={`${seconds} seconds elapsed`} className="mx-auto mt-4 h-1.5 w-full max-w-md overflow-hidden rounded-full bg-zinc-100">
        <div className="h-full w-1/3 animate-indeterminate rounded-full bg-indigo-500" />
      </div>
      <p className="mt-3 text-xs text-zinc-500">
        {seconds}s elapsed · rows are saved in batches; keep this page open until the result appears.
      </p>
    </div>
  );
}

/** A queued import's progress: status refetched on each `leads.import.progress` event (a slow poll covers a missed one). */
function useQueuedImport(importId: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery({
    ...trpc.crm.leads.import.status.queryOptions({ id: importId ?? "" }),
    enabled: Boolean(importId),
    refetchInterval: (query) => (query.state.data?.status === "completed" || query.state.data?.status === "failed" ? false : 5_000),
  });
  useRealtimeEvent<{ id: string }>("leads.import.progress", (data) => {
    if (data.id === importId) void queryClient.invalidateQueries(trpc.crm.leads.import.status.queryFilter({ id: data.id }));
  });
  const finished = status.data?.status === "completed" || status.data?.status === "failed";
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter());
  }, [finished, queryClient, trpc]);
  return { status: status.data ?? null, finished };
}

function QueuedImportProgress({ filename, totalRows, processed, state }: { filename: string; totalRows: number; processed: number; state: string }) {
  const percent = totalRows === 0 ? 0 : Math.min(100, Math.round((processed / totalRows) * 100));
  return (
    <div className="rounded-xl border border-zinc-200 px-6 py-10 text-center" data-testid="import-progress">
      <p className="text-sm font-medium text-zinc-900">
        Importing {totalRows.toLocaleString("en-US")} rows from {filename} in the background…
      </p>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={totalRows}
        aria-valuenow={processed}
        aria-valuetext={`${processed.toLocaleString("en-US")} of ${totalRows.toLocaleString("en-US")} rows`}
        className="mx-auto mt-4 h-1.5 w-full max-w-md overflow-hidden rounded-full bg-zinc-100"
      >
        <div className="h-full rounded-full bg-indigo-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-3 text-xs text-zinc-500" data-testid="import-progress-count">
        {processed.toLocaleString("en-US")} of {totalRows.toLocaleString("en-US")} rows ({percent}%) · {state === "queued" ? "waiting for the worker" : "applying in batches"}; you may leave this page, the import goes on.
      </p>
    </div>
  );
}

/** Copilot.mapHeaders takes at most this many headers and sample rows. */
const COPILOT_MAX_HEADERS = 200;
const COPILOT_SAMPLE_ROWS = 5;

export function ImportWizard({ initialKind, canUseCopilot }: { initialKind: LeadKind; canUseCopilot: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<LeadKind>(initialKind);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateHandling>("update");
  // Who owns the new leads: the importer unless they pick someone they may assign to (an "owner"
  // column, when mapped, names a row's owner by email instead).
  const viewer = useAssigningViewer();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [suggestedBy, setSuggestedBy] = useState<"gemini" | "offline" | null>(null);
  // Answers to earlier mapping changes are ignored once a newer one is on its way.
  const previewRequest = useRef(0);

  const previewMutation = useMutation(trpc.crm.leads.import.preview.mutationOptions());
  const mapHeaders = useMutation(trpc.copilot.mapHeaders.mutationOptions());
  const commit = useMutation(
    trpc.crm.leads.import.commit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
    }),
  );

  async function runPreview(source: ImportFile, nextMapping?: ImportMapping) {
    const request = ++previewRequest.current;
    try {
      const answer = await previewMutation.mutateAsync({ filename: source.filename, content: source.content, kind, ...(nextMapping ? { mapping: nextMapping } : {}) });
      if (request !== previewRequest.current) return;
      setPreview(answer);
      if (!nextMapping) {
        setMapping(answer.mapping);
        if (canUseCopilot) void suggestWithCopilot(source, answer, request);
      }
    } catch {
      // The mutation's error is shown by the step that asked.
    }
  }

  // The copilot's mapping (the model's when the agency has one, else the same matcher the preview
  // used, now with the sample values) replaces the first suggestion unless the user already
  // changed something; on any refusal (feature off, rate limit) the preview's suggestion stays.
  async function suggestWithCopilot(source: ImportFile, first: ImportPreview, request: number) {
    if (first.headers.length > COPILOT_MAX_HEADERS) return;
    try {
      const suggestion = await mapHeaders.mutateAsync({
        target: "lead",
        headers: first.headers,
        sampleRows: first.sampleRows.slice(0, COPILOT_SAMPLE_ROWS).map((row) => row.cells.slice(0, COPILOT_MAX_HEADERS)),
      });
      if (request !== previewRequest.current) return;
      setSuggestedBy(suggestion.provider);
      const next = mappingFromSuggestion(first.headers, suggestion.mappings);
      if (sameMapping(next, first.mapping)) return;
      setMapping(next);
      await runPreview(source, next);
    } catch {
      // Keep the preview's own suggestion.
    }
  }

  function reset() {
    setFile(null);
    setPreview(null);
    setMapping({});
    setSuggestedBy(null);
    previewMutation.reset();
    commit.reset();
  }

  const queuedId = commit.data?.status === "queued" ? commit.data.importId : null;
  const queued = useQueuedImport(queuedId);
  const result = commit.data?.status === "completed" ? commit.data : queued.finished ? queued.status : null;
  const step: Step = result ? "Result" : commit.isPending || queuedId ? "Import" : preview && file ? "Map columns" : "Upload";
  const previewError = previewMutation.error ? describeApiError(previewMutation.error) : null;
  const fileProblems = preview?.problems.filter((problem) => problem.row === 1).length ?? 0;
  const importable = preview ? preview.totalRows - (preview.problemCount - fileProblems) : 0;

  return (
    <div className="space-y-6">
      <Stepper current={step} />

      {step === "Upload" ? (
        <UploadStep
          kind={kind}
          onKindChange={setKind}
          pending={previewMutation.isPending}
          error={previewError ? (previewError.fieldErrors.content?.[0] ?? previewError.fieldErrors.filename?.[0] ?? previewError.message) : null}
          onFile={(chosen) => {
            setFile(chosen);
            void runPreview(chosen);
          }}
        />
      ) : null}

      {step === "Map columns" && preview && file ? (
        <>
          <div className="flex items-center justify-between gap-4 rounded-lg bg-zinc-50 px-4 py-3 ring-1 ring-zinc-200 ring-inset">
            <p className="text-sm text-zinc-700">
              <span className="font-medium text-zinc-900" data-testid="import-filename">
                {file.filename}
              </span>{" "}
              · {preview.totalRows} {preview.totalRows === 1 ? "row" : "rows"} · {kind === "client" ? "client" : "recruit"} leads
            </p>
            <Button variant="ghost" size="sm" onClick={reset}>
              Choose another file
            </Button>
          </div>
          {previewError ? <Alert tone="error">{previewError.message}</Alert> : null}
          {commit.error ? (
            <Alert tone="error" data-testid="import-commit-error">
              {describeApiError(commit.error).fieldErrors.mapping?.join("; ") ?? describeApiError(commit.error).message}
            </Alert>
          ) : null}
          <MappingStep
            preview={preview}
            mapping={mapping}
            suggestedBy={suggestedBy}
            refreshing={previewMutation.isPending || mapHeaders.isPending}
            onMappingChange={(next) => {
              setMapping(next);
              void runPreview(file, next);
            }}
            onDuplicate={onDuplicate}
            onDuplicateChange={setOnDuplicate}
          />
          {viewer?.canAssignOthers ? (
            <div className="max-w-sm" data-testid="import-owner">
              <AssigneeSelect
                label="Owner of the new leads"
                value={ownerId ?? viewer.currentUserId}
                onChange={setOwnerId}
                currentUserId={viewer.currentUserId}
                error={commit.error ? describeApiError(commit.error).fieldErrors.ownerId?.[0] : undefined}
              />
              <p className="mt-1 text-xs text-zinc-500">A column mapped to “Owner” gives a row’s lead to the user with that email instead.</p>
            </div>
          ) : null}
          <div className="flex items-center justify-end gap-3 border-t border-zinc-200 pt-4">
            <Button variant="secondary" onClick={reset}>
              Cancel
            </Button>
            <Button
              onClick={() => commit.mutate({ filename: file.filename, content: file.content, kind, mapping, onDuplicate, ...(ownerId ? { ownerId } : {}) })}
              disabled={previewMutation.isPending || fileProblems > 0 || importable === 0}
              data-testid="commit-import"
            >
              Import {importable} {importable === 1 ? "row" : "rows"}
            </Button>
          </div>
        </>
      ) : null}

      {step === "Import" && file && preview && !queuedId ? <ImportProgress rows={preview.totalRows} filename={file.filename} /> : null}
      {step === "Import" && file && commit.data?.status === "queued" ? (
        <QueuedImportProgress filename={file.filename} totalRows={commit.data.totalRows} processed={queued.status?.processed ?? 0} state={queued.status?.status ?? "queued"} />
      ) : null}

      {step === "Result" && result && file ? (
        <>
          {queued.status?.status === "failed" ? <Alert tone="error">{queued.status.message ?? "The import stopped before every row was applied"}</Alert> : null}
          <ImportResultView result={result} filename={file.filename} />
          <div className="flex justify-end gap-2 border-t border-zinc-200 pt-4">
            <Button variant="secondary" onClick={reset}>
              Import another file
            </Button>
            <Link href="/crm/leads/imports" className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-50" data-testid="import-history-link">
              Import history
            </Link>
            <Link
              href={`/crm/leads?kind=${kind}`}
              className="inline-flex h-9 items-center rounded-md bg-indigo-600 px-3.5 text-sm font-medium text-white hover:bg-indigo-500"
              data-testid="import-view-leads"
            >
              View {kind} leads
            </Link>
          </div>
        </>
      ) : null}
    </div>
  );
}
