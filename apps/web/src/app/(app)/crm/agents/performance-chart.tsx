"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "~/lib/format";

/** Premium written and deals won per agent for the period, side by side; the table beside it carries the same figures. */
export function PerformanceChart({ rows }: { rows: { name: string; premiumWritten: number; wonValue: number }[] }) {
  return (
    <figure className="rounded-xl border border-zinc-200 p-4" data-testid="agents-chart">
      <figcaption className="text-sm font-semibold text-zinc-900">Premium written and deals won</figcaption>
      <div className="mt-3 h-64" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e4e7" />
            <XAxis dataKey="name" tick={{ fontSize: 12, fill: "#52525b" }} interval={0} />
            <YAxis tickFormatter={(value: number) => formatMoney(value, { compact: true })} tick={{ fontSize: 12, fill: "#52525b" }} width={64} />
            <Tooltip formatter={(value) => formatMoney(Number(value))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="premiumWritten" name="Premium written" fill="#4f46e5" radius={[3, 3, 0, 0]} />
            <Bar dataKey="wonValue" name="Won deal value" fill="#10b981" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
