"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { recordHref } from "~/components/crm/record-href";
import { ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

type InsightTarget = RouterInputs["copilot"]["insights"];
type Insight = RouterOutputs["copilot"]["insights"]["risks"][number];

const providerLabels: Record<RouterOutputs["copilot"]["insights"]["provider"], string> = { gemini: "Gemini", offline: "Offline rules" };

/**
 * The copilot's reading of one record (copilot.insights): a summary, risks and next best actions,
 * each linked to the records it cites, and the provider that answered. Loaded on demand, since it
 * calls the model; render it only for users with copilot:use.
 */
export function InsightsPanel({ entityType, entityId }: InsightTarget) {
  const trpc = useTRPC();
  const [requested, setRequested] = useState(false);
  const insights = useQuery({ ...trpc.copilot.insights.queryOptions({ entityType, entityId }), enabled: requested, staleTime: 60_000 });

  return (
    <section aria-label="Insights" className="rounded-lg border border-zinc-200 p-3 text-sm" data-testid="insights-panel">
      <div className="flex items-center justify-between gap-3">
        <h3 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Insights</h3>
        {insights.data ? <Badge tone="indigo">{providerLabels[insights.data.provider]}</Badge> : null}
        {!requested ? (
          <Button size="sm" variant="secondary" onClick={() => setRequested(true)} data-testid="load-insights">
            Get insights
          </Button>
        ) : null}
      </div>
      {requested && insights.isPending ? <p className="mt-2 text-zinc-500">Reading the record…</p> : null}
      {insights.isError ? (
        <div className="mt-2 space-y-2">
          <ErrorAlert error={insights.error} />
          <Button size="sm" variant="ghost" onClick={() => void insights.refetch()}>
            Try again
          </Button>
        </div>
      ) : null}
      {insights.data ? (
        <div className="mt-2 space-y-3" data-testid="insights-answer" data-provider={insights.data.provider}>
          <p className="text-zinc-800" data-testid="insights-summary">
            {insights.data.summary}
          </p>
          {insights.data.withheld ? <p className="text-xs text-zinc-500">Part of the answer was withheld by the organization's safety rules.</p> : null}
          <InsightList title="Risks" items={insights.data.risks} testId="insights-risks" />
          <InsightList title="Next best actions" items={insights.data.nextBestActions} testId="insights-actions" />
        </div>
      ) : null}
    </section>
  );
}

function InsightList({ title, items, testId }: { title: string; items: Insight[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-medium text-zinc-600">{title}</h4>
      <ul className="mt-1 space-y-1.5" data-testid={testId}>
        {items.map((item, index) => (
          <li key={`${index}-${item.text}`} className="text-zinc-700">
            {item.text}
            {item.citations.length > 0 ? (
              <span className="ml-1 inline-flex flex-wrap gap-1">
                {item.citations.map((citation) => {
                  const href = recordHref(citation);
                  const label = citation.entityType;
                  return href ? (
                    <Link key={`${citation.entityType}-${citation.entityId}`} href={href} className="text-xs text-indigo-600 hover:text-indigo-500" data-testid="insight-citation">
                      [{label}]
                    </Link>
                  ) : (
                    <span key={`${citation.entityType}-${citation.entityId}`} className="text-xs text-zinc-400">
                      [{label}]
                    </span>
                  );
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
