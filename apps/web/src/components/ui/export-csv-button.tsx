"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "~/components/ui/button";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";

/** What every list's `export` procedure answers (services/export on the API). */
export interface CsvExport {
  filename: string;
  csv: string;
  rowCount: number;
  truncated: boolean;
}

/** Hands the browser a file to save under this name. */
export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Hands the browser a CSV file to save; the byte-order mark makes spreadsheets read it as UTF-8. */
export function downloadCsv({ filename, csv }: Pick<CsvExport, "filename" | "csv">) {
  downloadBlob(filename, new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
}

/**
 * The one export button of every list: runs the list's export procedure with the filters on screen
 * (so the file holds what the caller sees, in the list's order) and saves the answer.
 */
export function ExportCsvButton({ run, noun, label = "Export CSV", testId = "export-csv" }: { run: () => Promise<CsvExport>; noun: string; label?: string; testId?: string }) {
  const toast = useToast();
  const exporting = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      downloadCsv(result);
      toast(
        result.truncated
          ? `Exported the first ${result.rowCount.toLocaleString("en-US")} ${noun}; narrow the filters for the rest.`
          : `Exported ${result.rowCount.toLocaleString("en-US")} ${noun}.`,
        "success",
      );
    },
    onError: (error) => toast(describeApiError(error).message, "error"),
  });
  return (
    <Button variant="secondary" onClick={() => exporting.mutate()} disabled={exporting.isPending} data-testid={testId}>
      {exporting.isPending ? "Exporting…" : label}
    </Button>
  );
}
