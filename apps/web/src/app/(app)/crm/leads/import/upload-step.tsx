"use client";

import { type DragEvent, useId, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { SelectField } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { type LeadKind, leadKindLabels } from "../lead-status";
import { readImportFile, type ImportFile } from "./read-import-file";

export function UploadStep({
  kind,
  onKindChange,
  onFile,
  pending,
  error,
}: {
  kind: LeadKind;
  onKindChange: (kind: LeadKind) => void;
  onFile: (file: ImportFile) => void;
  pending: boolean;
  error: string | null;
}) {
  const inputId = useId();
  const [readError, setReadError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  async function take(file: File | undefined) {
    if (!file) return;
    setReadError(null);
    try {
      onFile(await readImportFile(file));
    } catch (problem) {
      setReadError(problem instanceof Error ? problem.message : "The file could not be read.");
    }
  }

  function drop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files[0]);
  }

  const shownError = readError ?? error;
  return (
    <div className="space-y-5">
      <div className="max-w-xs">
        <SelectField label="Import as" name="kind" value={kind} onChange={(event) => onKindChange(event.target.value as LeadKind)} disabled={pending}>
          {(Object.keys(leadKindLabels) as LeadKind[]).map((option) => (
            <option key={option} value={option}>
              {leadKindLabels[option]} leads
            </option>
          ))}
        </SelectField>
      </div>
      {shownError ? (
        <Alert tone="error" data-testid="import-upload-error">
          {shownError}
        </Alert>
      ) : null}
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={cn(
          "flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed px-6 py-12 text-center transition-colors",
          over ? "border-indigo-400 bg-indigo-50/50" : "border-zinc-300 hover:border-zinc-400 hover:bg-zinc-50",
          pending && "pointer-events-none opacity-60",
        )}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-8 text-zinc-400">
          <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="mt-3 text-sm font-medium text-zinc-900">{pending ? "Reading the file…" : "Choose a CSV or Excel file"}</span>
        <span className="mt-1 text-xs text-zinc-500">or drop it here · .csv or .xlsx, up to 10 MB · the first row holds the column names</span>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="sr-only"
          aria-label="Lead file"
          disabled={pending}
          data-testid="import-file-input"
          onChange={(event) => {
            void take(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      </label>
      <p className="text-xs text-zinc-500">
        Nothing is saved until you confirm the import. A row whose email or phone matches an existing lead never adds a second one: you choose whether it fills in
        that lead’s missing fields or is skipped. Rows on the do-not-contact list are imported with a flag.
      </p>
    </div>
  );
}
