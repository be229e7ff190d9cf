"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RouterOutputs } from "~/trpc/types";

type Bucket = RouterOutputs["renewals"]["dashboard"]["trends"][number];

const label = (date: Date) => date.toLocaleDateString("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

/** Cases opened, renewed and lost per bucket, with the success rate as a line on its own axis. */
export function TrendChart({ buckets }: { buckets: Bucket[] }) {
  const data = buckets.map((bucket) => ({ ...bucket, name: label(bucket.bucket), successPercent: bucket.successRate === null ? null : Math.round(bucket.successRate * 100) }));
  return (
    <div className="h-64 w-full" data-testid="renewals-trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e7" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="count" dataKey="newCases" name="New cases" fill="#818cf8" />
          <Bar yAxisId="count" dataKey="renewed" name="Renewed" fill="#34d399" />
          <Bar yAxisId="count" dataKey="lost" name="Lost" fill="#f87171" />
          <Line yAxisId="rate" type="monotone" dataKey="successPercent" name="Success rate" stroke="#4f46e5" dot={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
