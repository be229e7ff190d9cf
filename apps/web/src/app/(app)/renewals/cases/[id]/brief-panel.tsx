"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { TextAreaField } from "~/components/ui/field";
import { describeApiError } from "~/lib/api-errors";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

/** The renewal-change brief: both terms, what changes, the risk factors and an editable client note. */
export function BriefPanel({ id }: { id: string }) {
  const trpc = useTRPC();
  const brief = useQuery(trpc.renewals.cases.brief.queryOptions({ id }, { staleTime: Infinity }));
  const [edited, setEdited] = useState<string | null>(null);
  if (brief.isPending) return <p className="mt-2 text-sm text-zinc-500">Preparing the brief…</p>;
  if (brief.isError) return <Alert tone="error">{describeApiError(brief.error).message}</Alert>;
  const data = brief.data;
  return (
    <div className="mt-2 space-y-3 rounded-xl border border-zinc-200 p-4" data-testid="renewal-brief">
      <p className="text-sm" data-testid="brief-premium-change">
        Premium {formatMoney(data.priorTerm.premium)} → {formatMoney(data.renewalTerm.premium)}
        {data.premiumChange === null ? "" : ` (${data.premiumChange >= 0 ? "+" : ""}${formatMoney(data.premiumChange)}, ${data.premiumChangePercent ?? 0}%)`}
      </p>
      {data.changes.length > 0 ? (
        <ul className="list-disc pl-5 text-sm text-zinc-700">
          {data.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : null}
      {data.renewalRisk ? (
        <div className="text-sm">
          <p className="font-medium">
            Renewal risk {data.renewalRisk.score} ({data.renewalRisk.band})
          </p>
          <ul className="mt-1 space-y-0.5 text-xs text-zinc-600">
            {data.renewalRisk.factors
              .filter((factor) => factor.value !== 0)
              .map((factor) => (
                <li key={factor.name}>
                  {factor.value > 0 ? "+" : ""}
                  {factor.value} · {factor.explanation}
                </li>
              ))}
          </ul>
        </div>
      ) : (
        <p className="text-xs text-zinc-500">The policy has no stored renewal-risk score yet.</p>
      )}
      <TextAreaField label="Note for the client" rows={5} value={edited ?? data.summary} onChange={(event) => setEdited(event.target.value)} data-testid="brief-summary" />
      <p className="text-xs text-zinc-500">{data.template ? "Written from the template." : `Written by ${data.provider}; figures are Harbor's.`} Edit it before sending.</p>
    </div>
  );
}
