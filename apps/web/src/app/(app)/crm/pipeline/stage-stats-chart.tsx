"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "~/components/ui/alert";
import { cn } from "~/lib/cn";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { stageAccents, stageLabels } from "~/components/crm/stage-labels";

/** Value per stage as horizontal bars, with the count, average probability and days in stage beside each. */
export function StageStatsChart() {
  const trpc = useTRPC();
  const stats = useQuery(trpc.crm.opportunities.stageStats.queryOptions());
  if (stats.isPending) return <p className="text-sm text-zinc-500">Loading stage figures…</p>;
  if (stats.isError) return <ErrorAlert error={stats.error} />;
  const largest = Math.max(...stats.data.map((row) => row.totalValue), 0);

  return (
    <figure className="rounded-xl border border-zinc-200 p-4" data-testid="stage-stats">
      <figcaption className="text-sm font-semibold text-zinc-900">Value by stage</figcaption>
      <table className="mt-3 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Total value</th>
            <th scope="col">Deals, average probability and days in stage</th>
          </tr>
        </thead>
        <tbody>
          {stats.data.map((row) => (
            <tr key={row.stage} data-testid="stage-stat" data-stage={row.stage}>
              <th scope="row" className="w-28 py-1 pr-3 text-left text-xs font-medium whitespace-nowrap text-zinc-600">
                {stageLabels[row.stage]}
              </th>
              <td className="w-full py-1">
                <div className="flex items-center gap-2">
                  <div className="h-4 flex-1 overflow-hidden rounded bg-zinc-50">
                    <div
                      className={cn("h-full rounded", stageAccents[row.stage])}
                      style={{ width: largest > 0 ? `${Math.max((row.totalValue / largest) * 100, row.totalValue > 0 ? 1.5 : 0)}%` : "0%" }}
                    />
                  </div>
                  <span className="w-16 text-right text-xs font-medium text-zinc-900 tabular-nums">{formatMoney(row.totalValue, { compact: true })}</span>
                </div>
              </td>
              <td className="py-1 pl-3 text-right text-xs whitespace-nowrap text-zinc-500 tabular-nums">
                <span data-testid="stage-stat-count">{row.count}</span> {row.count === 1 ? "deal" : "deals"} · {Math.round(row.avgProbability)}% ·{" "}
                {row.avgDaysInStage.toFixed(1)} d
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
