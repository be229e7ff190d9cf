"use client";

import { Alert } from "~/components/ui/alert";
import { Table, Td, Th } from "~/components/ui/table";
import { cn } from "~/lib/cn";
import { columnsByField, type DuplicateHandling, type ImportField, importFieldLabels, importFields, type ImportMapping, type ImportPreview } from "./import-fields";

export function MappingStep({
  preview,
  mapping,
  onMappingChange,
  onDuplicate,
  onDuplicateChange,
  suggestedBy,
  refreshing,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  onMappingChange: (mapping: ImportMapping) => void;
  onDuplicate: DuplicateHandling;
  onDuplicateChange: (value: DuplicateHandling) => void;
  /** Which provider of copilot.mapHeaders suggested the mapping; null when only the importer did. */
  suggestedBy: "gemini" | "offline" | null;
  refreshing: boolean;
}) {
  const taken = columnsByField(mapping);
  const mappedFields = importFields.filter((field) => taken.has(field));
  const fileProblems = preview.problems.filter((problem) => problem.row === 1);
  const rowProblems = preview.problems.filter((problem) => problem.row !== 1);
  const rowProblemCount = preview.problemCount - fileProblems.length;

  return (
    <div className={cn("space-y-8 transition-opacity", refreshing && "opacity-60")} aria-busy={refreshing}>
      <section aria-labelledby="mapping-heading">
        <h2 id="mapping-heading" className="text-sm font-semibold text-zinc-900">
          Match columns to lead fields
        </h2>
        <p className="mt-0.5 text-sm text-zinc-500" data-testid="import-mapping-suggested-by" data-provider={suggestedBy ?? "importer"}>
          {suggestedBy === "gemini" ? "The copilot (Gemini) suggested" : "Harbor suggested"} a field for each column from its name{suggestedBy ? " and first values" : ""}. Change any that
          are wrong; columns set to “Don’t import” are ignored.
        </p>
        {fileProblems.length > 0 ? (
          <Alert tone="error" className="mt-3" data-testid="import-mapping-problems">
            <ul className="list-inside list-disc">
              {fileProblems.map((problem) => (
                <li key={problem.message}>{problem.message.charAt(0).toUpperCase() + problem.message.slice(1)}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <div className="mt-3">
          <Table label="Column mapping" testId="import-mapping">
            <thead>
              <tr>
                <Th>Column in your file</Th>
                <Th>Imported as</Th>
                <Th>First values</Th>
              </tr>
            </thead>
            <tbody>
              {preview.headers.map((header) => {
                const field = mapping[header] ?? null;
                const samples = field
                  ? preview.sampleRows
                      .map((row) => row.values[field])
                      .filter(Boolean)
                      .slice(0, 3)
                  : [];
                return (
                  <tr key={header} data-testid="import-mapping-row" data-column={header}>
                    <Td className="font-medium text-zinc-900">{header}</Td>
                    <Td>
                      <select
                        aria-label={`Field for column ${header}`}
                        value={field ?? ""}
                        onChange={(event) => onMappingChange({ ...mapping, [header]: (event.target.value || null) as ImportField | null })}
                        className={cn(
                          "w-48 rounded-md border-0 bg-white py-1.5 pr-7 pl-2 text-sm ring-1 ring-inset focus:ring-2 focus:ring-indigo-600",
                          field ? "text-zinc-900 ring-zinc-300" : "text-zinc-500 ring-zinc-200",
                        )}
                      >
                        <option value="">Don’t import</option>
                        {importFields.map((option) => {
                          const holder = taken.get(option);
                          return (
                            <option key={option} value={option}>
                              {importFieldLabels[option]}
                              {holder && holder !== header ? ` (used by ${holder})` : ""}
                            </option>
                          );
                        })}
                      </select>
                    </Td>
                    <Td className="max-w-72 truncate text-zinc-500">{field ? samples.join(" · ") || "empty in the first rows" : "—"}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </div>
      </section>

      {mappedFields.length > 0 && preview.sampleRows.length > 0 ? (
        <section aria-labelledby="sample-heading">
          <h2 id="sample-heading" className="text-sm font-semibold text-zinc-900">
            How the first rows will be imported
          </h2>
          <div className="mt-3">
            <Table label="Sample rows" testId="import-sample-rows">
              <thead>
                <tr>
                  <Th className="w-12 text-right">Row</Th>
                  {mappedFields.map((field) => (
                    <Th key={field}>{importFieldLabels[field]}</Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sampleRows.map((row) => (
                  <tr key={row.row}>
                    <Td className="text-right text-zinc-400 tabular-nums">{row.row}</Td>
                    {mappedFields.map((field) => (
                      <Td key={field} className="max-w-48 truncate">
                        {row.values[field] ?? <span className="text-zinc-300">—</span>}
                      </Td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading" className="text-sm font-semibold text-zinc-900">
          {rowProblemCount === 0 ? "Every row can be imported" : `${rowProblemCount} of ${preview.totalRows} rows will be rejected`}
        </h2>
        {rowProblemCount === 0 ? (
          <p className="mt-0.5 text-sm text-zinc-500">{preview.totalRows} rows passed the checks.</p>
        ) : (
          <>
            <p className="mt-0.5 text-sm text-zinc-500">Fix them in the file and import it again later, or import the rest now; rejected rows are listed afterwards too.</p>
            <div className="mt-3">
              <RowMessages rows={rowProblems} label="Rows that will be rejected" testId="import-preview-problems" />
            </div>
            {rowProblemCount > rowProblems.length ? <p className="mt-2 text-xs text-zinc-500">Showing the first {rowProblems.length}.</p> : null}
          </>
        )}
      </section>

      <fieldset>
        <legend className="text-sm font-semibold text-zinc-900">When a row matches an existing lead by email or phone</legend>
        <div className="mt-2 space-y-1.5 text-sm text-zinc-700">
          {(
            [
              ["update", "Update the existing lead (fill in the fields it is missing)"],
              ["skip", "Skip the row"],
            ] as const satisfies readonly (readonly [DuplicateHandling, string])[]
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="on-duplicate" value={value} checked={onDuplicate === value} onChange={() => onDuplicateChange(value)} className="accent-indigo-600" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function RowMessages({ rows, label, testId, valueHeader = "Reason" }: { rows: { row: number; message: string }[]; label: string; testId: string; valueHeader?: string }) {
  return (
    <div className="max-h-80 overflow-y-auto rounded-lg">
      <Table label={label} testId={testId}>
        <thead>
          <tr>
            <Th className="sticky top-0 w-16 text-right">Row</Th>
            <Th className="sticky top-0">{valueHeader}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.row}-${row.message}`} data-testid={`${testId}-row`} data-row={row.row}>
              <Td className="text-right font-medium text-zinc-900 tabular-nums">{row.row}</Td>
              <Td>{row.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
