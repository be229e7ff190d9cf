import { StatCard } from "~/components/ui/stat-card";
import type { ImportResult } from "./import-fields";
import { RowMessages } from "./mapping-step";

export function ImportResultView({ result, filename }: { result: ImportResult; filename: string }) {
  return (
    <div className="space-y-8" data-testid="import-result">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <StatCard label="Created" value={result.created} tone="green" data-testid="import-created" />
        <StatCard label="Updated" value={result.updated} tone="indigo" data-testid="import-updated" />
        <StatCard label="Skipped" value={result.skipped} data-testid="import-skipped" hint="duplicates left alone" />
        <StatCard label="Rejected" value={result.errors.length} tone={result.errors.length > 0 ? "red" : "neutral"} data-testid="import-rejected" />
        <StatCard label="Do not contact" value={result.flaggedDnc.length} tone={result.flaggedDnc.length > 0 ? "amber" : "neutral"} data-testid="import-dnc" hint="imported, flagged" />
      </div>

      {result.errors.length > 0 ? (
        <section aria-labelledby="rejected-heading">
          <h2 id="rejected-heading" className="text-sm font-semibold text-zinc-900">
            Rejected rows
          </h2>
          <p className="mt-0.5 text-sm text-zinc-500">These rows of {filename} were not imported. Row numbers are the spreadsheet’s, counting the header as row 1.</p>
          <div className="mt-3">
            <RowMessages rows={result.errors} label="Rejected rows" testId="import-rejected-rows" />
          </div>
        </section>
      ) : null}

      {result.flaggedDnc.length > 0 ? (
        <section aria-labelledby="dnc-heading">
          <h2 id="dnc-heading" className="text-sm font-semibold text-zinc-900">
            On the do-not-contact list
          </h2>
          <p className="mt-0.5 text-sm text-zinc-500">These leads were imported and tagged “dnc”: nobody should call, text or email them.</p>
          <div className="mt-3">
            <RowMessages
              rows={result.flaggedDnc.map((flagged) => ({ row: flagged.row, message: flagged.value }))}
              label="Rows on the do-not-contact list"
              testId="import-dnc-rows"
              valueHeader="Listed email or phone"
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
