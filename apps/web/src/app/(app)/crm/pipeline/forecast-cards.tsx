"use client";

import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "~/components/ui/alert";
import { StatCard } from "~/components/ui/stat-card";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function ForecastCards({ timeZone }: { timeZone: string | undefined }) {
  const trpc = useTRPC();
  const forecast = useQuery(trpc.crm.opportunities.forecast.queryOptions({ timeZone }));
  if (forecast.isError) return <ErrorAlert error={forecast.error} />;
  const data = forecast.data;
  // Until the forecast has loaded every card shows a dash.
  const money = (value: number | undefined) => (value === undefined ? "—" : formatMoney(value, { compact: true }));
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="pipeline-forecast">
      <StatCard
        label="Open pipeline"
        value={money(data?.totalPipeline)}
        hint={data ? `${data.openDeals} open ${data.openDeals === 1 ? "deal" : "deals"}` : undefined}
        data-testid="forecast-total"
      />
      <StatCard label="Weighted forecast" value={money(data?.weightedForecast)} tone="indigo" hint="Value × probability" data-testid="forecast-weighted" />
      <StatCard label="Closing this month" value={data?.dealsClosingThisMonth ?? "—"} tone="amber" hint="By expected close date" data-testid="forecast-closing" />
      <StatCard label="This month's forecast" value={money(data?.monthlyForecast)} tone="green" hint="Weighted, closing this month" data-testid="forecast-monthly" />
    </div>
  );
}
