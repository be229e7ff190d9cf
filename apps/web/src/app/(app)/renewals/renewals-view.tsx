"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Badge } from "~/components/ui/badge";
import { Segmented } from "~/components/ui/segmented";
import { StatCard } from "~/components/ui/stat-card";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDate, formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { batchStatusLabels } from "./renewal-labels";
import { TrendChart } from "./trend-chart";
import { Worklist } from "./worklist";

// The dashboard offers the preset ranges; "custom" takes dates it has no control for.
type Range = Exclude<NonNullable<Exclude<RouterInputs["renewals"]["dashboard"]["stats"], void | undefined>["dateRange"]>, "custom">;

const rangeOptions = optionsFrom<Range>({ week: "This week", month: "This month", quarter: "This quarter" });

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);

export function RenewalsView({ canAssign, canUpload }: { canAssign: boolean; canUpload: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A case changed (by anyone, or many through a renewal file): the worklist, cards and files refetch.
  useRealtimeEvent("renewal_case:updated", () => void queryClient.invalidateQueries(trpc.renewals.pathFilter()));
  const [range, setRange] = useState<Range>("month");
  const stats = useQuery(trpc.renewals.dashboard.stats.queryOptions({ dateRange: range }));
  const trends = useQuery(trpc.renewals.dashboard.trends.queryOptions({ dateRange: range, bucket: range === "quarter" ? "week" : "day" }));
  const batches = useQuery(trpc.renewals.dashboard.batchStatus.queryOptions({ limit: 5 }));
  const numbers = stats.data;

  return (
    <>
      <PageHeader
        title="Renewals"
        description="Policies coming up for renewal, the cases working them, and how the book is holding."
        actions={
          canUpload ? (
            <Link href="/renewals/upload" className="rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500" data-testid="open-renewal-upload">
              Upload renewal file
            </Link>
          ) : null
        }
      />
      <section aria-labelledby="renewals-dashboard-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="renewals-dashboard-heading" className="text-sm font-semibold text-zinc-900">
            Renewing {rangeOptions.find((option) => option.value === range)!.label.toLowerCase()}
          </h2>
          <Segmented label="Date range" options={rangeOptions} value={range} onChange={setRange} testId="renewals-range" />
        </div>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6" data-testid="renewals-stats">
          <StatCard label="Cases" value={numbers?.totalCases ?? "—"} data-testid="stat-total" />
          <StatCard label="In progress" value={numbers ? numbers.inProgress + numbers.newCases : "—"} hint={numbers ? `${numbers.newCases} not started` : undefined} tone="indigo" />
          <StatCard label="Pending action" value={numbers?.pendingAction ?? "—"} tone="amber" />
          <StatCard label="Renewed" value={numbers?.renewed ?? "—"} tone="green" hint={numbers ? `retention ${percent(numbers.retentionRate)}` : undefined} data-testid="stat-renewed" />
          <StatCard label="Lost" value={numbers?.lost ?? "—"} tone="red" />
          <StatCard label="Premium up for renewal" value={formatMoney(numbers?.premiumUpForRenewal, { compact: true })} hint={numbers ? `${formatMoney(numbers.premiumRenewed, { compact: true })} renewed` : undefined} />
          <StatCard label="Payments collected" value={formatMoney(numbers?.paymentCollected, { compact: true })} tone="green" hint={numbers ? `${formatMoney(numbers.paymentPending, { compact: true })} pending` : undefined} />
        </div>
        <div className="rounded-xl border border-zinc-200 p-4">
          <h3 className="text-xs font-medium text-zinc-500">Opened, renewed and lost</h3>
          {trends.data ? <TrendChart buckets={trends.data} /> : <p className="h-64 text-sm text-zinc-500">Loading…</p>}
        </div>
        {batches.data && batches.data.length > 0 ? (
          <Table
            label="Renewal files"
            testId="renewal-batches"
            columns={[
              "File",
              "Status",
              numberColumn("Renewed"),
              numberColumn("In progress"),
              numberColumn("Pending"),
              numberColumn("Lost"),
              numberColumn("Received"),
              numberColumn("Outstanding"),
            ]}
          >
            <tbody>
              {batches.data.map((batch) => (
                <tr key={batch.id}>
                  <Td>
                    <span className="font-medium text-zinc-900">{batch.filename}</span>
                    <span className="ml-2 text-xs text-zinc-500">{formatDate(batch.createdAt)}</span>
                  </Td>
                  <Td>
                    <Badge tone={batch.status === "completed" ? "green" : batch.status === "failed" ? "red" : "neutral"}>{batchStatusLabels[batch.status]}</Badge>
                  </Td>
                  <NumberTd>{batch.cases.renewed}</NumberTd>
                  <NumberTd>{batch.cases.inProgress}</NumberTd>
                  <NumberTd>{batch.cases.pending}</NumberTd>
                  <NumberTd>{batch.cases.failed}</NumberTd>
                  <NumberTd>{formatMoney(batch.payment.received)}</NumberTd>
                  <NumberTd>{formatMoney(batch.payment.pending)}</NumberTd>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </section>
      <Worklist canAssign={canAssign} />
    </>
  );
}
