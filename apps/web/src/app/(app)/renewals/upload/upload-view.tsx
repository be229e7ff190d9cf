"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField } from "~/components/ui/field";
import { StatCard } from "~/components/ui/stat-card";
import { describeApiError } from "~/lib/api-errors";
import { humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { RowMessages } from "../../crm/leads/import/mapping-step";
import { readImportFile } from "../../crm/leads/import/read-import-file";
import { batchStatusLabels } from "../renewal-labels";
import { rejectedRowsCsv } from "./rejected-rows";

type PolicyType = NonNullable<RouterInputs["renewals"]["batches"]["upload"]["policyType"]>;
const policyTypes: PolicyType[] = ["auto", "home", "life", "health", "commercial", "umbrella", "renters", "other"];
const TEMPLATE = "policy_number,customer_first_name,customer_last_name,email,phone,policy_type,carrier,premium,prior_premium,start_date,end_date,renewal_date,agent_email";

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}

/** Upload a renewal file, watch it apply (realtime progress), and take away the rejected rows. */
export function UploadView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [policyType, setPolicyType] = useState<PolicyType | "">("");
  const [readError, setReadError] = useState<string | null>(null);
  const upload = useMutation(trpc.renewals.batches.upload.mutationOptions());
  const batchId = upload.data?.batchId;
  const status = useQuery({
    ...trpc.renewals.batches.status.queryOptions({ id: batchId ?? "" }),
    enabled: Boolean(batchId),
    // Realtime progress refetches at once; the poll covers a missed event.
    refetchInterval: (query) => (query.state.data?.status === "processing" ? 5_000 : false),
  });
  const start = useMutation(trpc.renewals.batches.start.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.renewals.batches.pathFilter()) }));
  useRealtimeEvent<{ id: string }>("renewals.batch.progress", (data) => {
    if (data.id === batchId) void queryClient.invalidateQueries(trpc.renewals.batches.status.queryFilter({ id: data.id }));
  });

  async function submit() {
    if (!file) return;
    setReadError(null);
    try {
      const read = await readImportFile(file);
      upload.mutate({ filename: read.filename, content: read.content, policyType: policyType || undefined });
    } catch (error) {
      setReadError((error as Error).message);
    }
  }

  const batch = status.data ?? upload.data;
  const progress = batch && batch.validRecords > 0 ? Math.round((batch.processed / batch.validRecords) * 100) : 0;

  return (
    <>
      <PageHeader
        title="Upload renewal file"
        description="Each row opens or updates the renewal case of one policy term. Rows are checked before anything is written; the valid ones are applied in the background."
        actions={
          <Button variant="secondary" onClick={() => download("renewal-template.csv", `${TEMPLATE}\n`)}>
            Download template
          </Button>
        }
      />
      <div className="max-w-xl space-y-4">
        <label className="block text-sm">
          <span className="font-medium text-zinc-900">File (.csv or .xlsx)</span>
          <input type="file" accept=".csv,.xlsx,.txt" onChange={(event) => setFile(event.target.files?.[0] ?? null)} className="mt-1 block w-full text-sm" data-testid="renewal-file-input" />
        </label>
        <SelectField label="Policy type for rows without one" value={policyType} onChange={(event) => setPolicyType(event.target.value as PolicyType | "")}>
          <option value="">From the file</option>
          {policyTypes.map((type) => (
            <option key={type} value={type}>
              {humanize(type)}
            </option>
          ))}
        </SelectField>
        <Button onClick={() => void submit()} disabled={!file || upload.isPending} data-testid="renewal-upload-submit">
          {upload.isPending ? "Checking the file…" : "Upload"}
        </Button>
        {readError ? <Alert tone="error">{readError}</Alert> : null}
        {upload.error ? <Alert tone="error">{describeApiError(upload.error).message}</Alert> : null}
      </div>

      {batch ? (
        <div className="mt-8 space-y-6" data-testid="renewal-batch" data-status={batch.status}>
          {upload.data?.duplicate ? <Alert tone="info">This file was uploaded before; here is that upload. Nothing was changed.</Alert> : null}
          {batch.message ? (
            <Alert tone="warning">
              {batch.message}{" "}
              {batch.status === "validated" || batch.status === "failed" ? (
                <Button size="sm" onClick={() => start.mutate({ id: batch.batchId })} disabled={start.isPending}>
                  Start again
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <StatCard label="Rows" value={batch.totalRecords} data-testid="batch-total" />
            <StatCard label="Valid" value={batch.validRecords} tone="green" data-testid="batch-valid" />
            <StatCard label="Rejected rows" value={batch.rowsWithErrors} tone={batch.rowsWithErrors > 0 ? "red" : "neutral"} data-testid="batch-rejected" />
            <StatCard label="Status" value={batchStatusLabels[batch.status]} data-testid="batch-status" />
          </div>
          <div>
            <div className="flex justify-between text-xs text-zinc-500">
              <span>Applied {batch.processed.toLocaleString("en-US")} of {batch.validRecords.toLocaleString("en-US")}</span>
              <span>{progress}%</span>
            </div>
            <div className="mt-1 h-2 overflow-hidden rounded-full bg-zinc-100" role="progressbar" aria-label="Applying the file" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} data-testid="batch-progress">
              <div className="h-full bg-indigo-600 transition-all" style={{ width: `${progress}%` }} />
            </div>
          </div>
          {batch.errors.length > 0 ? (
            <section aria-labelledby="rejected-heading">
              <div className="flex items-center justify-between">
                <h2 id="rejected-heading" className="text-sm font-semibold text-zinc-900">
                  Rejected rows
                </h2>
                <Button variant="secondary" size="sm" onClick={() => download(`${batch.filename.replace(/\.[^.]+$/, "")}-rejected.csv`, rejectedRowsCsv(batch.errors))} data-testid="download-rejected">
                  Download as CSV
                </Button>
              </div>
              <p className="mt-0.5 text-sm text-zinc-500">Row numbers are the spreadsheet’s, counting the header as row 1.</p>
              <div className="mt-3">
                <RowMessages rows={batch.errors.map((error) => ({ row: error.row, message: error.field ? `${error.field}: ${error.error}` : error.error }))} label="Rejected rows" testId="rejected-rows" />
              </div>
            </section>
          ) : null}
          {batch.status === "completed" || batch.status === "completed_with_errors" ? (
            <Link href="/renewals" className="text-sm text-indigo-700 hover:underline">
              Open the worklist
            </Link>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
