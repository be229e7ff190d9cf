"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { FilesPanel } from "~/components/files-panel";
import { PageHeader } from "~/components/page-header";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatDay, formatMoney, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { caseStatusLabels, caseStatusTones, lostReasonLabels, paymentStatusLabels, priorityTones } from "../../renewal-labels";
import { BriefPanel } from "./brief-panel";
import { CaseActions } from "./case-actions";

/**
 * One renewal case: the customer and policy, both terms, payment, contact attempts, files and the
 * timeline. It stays live: a change to the case by anyone (or a renewal file touching many cases)
 * refetches it through renewals.cases.get.
 */
export function CaseView({ id, canWrite, canEscalate, files }: { id: string; canWrite: boolean; canEscalate: boolean; files: { canWrite: boolean; maxBytes: number } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.renewals.cases.get.queryOptions({ id }));
  const [showBrief, setShowBrief] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.renewals.pathFilter());
  useRealtimeEvent<{ id: string | null }>("renewal_case:updated", (data) => {
    if (data.id === null || data.id === id) void queryClient.invalidateQueries(trpc.renewals.cases.get.queryFilter({ id }));
  });

  if (query.isPending) return <p className="text-sm text-zinc-500">Loading case…</p>;
  if (query.isError) return <Alert tone="error">{describeApiError(query.error).message}</Alert>;
  const item = query.data;
  const open = item.status !== "renewed" && item.status !== "failed";

  return (
    <>
      <PageHeader
        title={`${item.caseNumber} · ${item.contact.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2" data-testid="case-header">
            <Badge tone={caseStatusTones[item.status]}>
              <span data-testid="case-status">{caseStatusLabels[item.status]}</span>
            </Badge>
            <Badge tone={priorityTones[item.priority]}>{humanize(item.priority)} priority</Badge>
            <span>
              {humanize(item.policy.type)} policy {item.policy.policyNumber} renews {formatDay(item.renewalDate)}
            </span>
          </span>
        }
        actions={
          <Link href="/renewals" className="text-sm text-indigo-700 hover:underline">
            Back to renewals
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section className="grid gap-3 sm:grid-cols-2" aria-label="Terms">
            <div className="rounded-xl border border-zinc-200 p-4">
              <h2 className="text-xs font-medium text-zinc-500">Expiring term</h2>
              <p className="mt-1 text-2xl font-semibold tabular-nums">{formatMoney(item.priorTerm.premium)}</p>
              <p className="text-xs text-zinc-500">
                {formatDay(item.priorTerm.startDate)} – {formatDay(item.priorTerm.endDate)} · {item.priorTerm.carrier}
              </p>
            </div>
            <div className="rounded-xl border border-zinc-200 p-4" data-testid="renewal-term">
              <h2 className="text-xs font-medium text-zinc-500">Renewal term</h2>
              <p className="mt-1 text-2xl font-semibold tabular-nums">{formatMoney(item.renewalTerm.premium)}</p>
              <p className="text-xs text-zinc-500">
                {item.premiumChangePercent === null ? "No quote yet" : `${item.premiumChangePercent >= 0 ? "+" : ""}${item.premiumChangePercent}% vs expiring`} · {item.renewalTerm.carrier}
              </p>
            </div>
          </section>

          <section aria-labelledby="payment-heading" className="rounded-xl border border-zinc-200 p-4" data-testid="payment-panel">
            <h2 id="payment-heading" className="text-sm font-semibold text-zinc-900">
              Payment
            </h2>
            <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-xs text-zinc-500">Status</dt>
                <dd data-testid="payment-status">{paymentStatusLabels[item.payment.status]}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500">Amount</dt>
                <dd>{formatMoney(item.payment.amount)}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500">Method</dt>
                <dd>{item.payment.method ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-xs text-zinc-500">Date</dt>
                <dd>{item.payment.date ? formatDate(item.payment.date) : "—"}</dd>
              </div>
            </dl>
          </section>

          {item.escalation ? (
            <Alert tone="warning" data-testid="escalation">
              Escalated {item.escalation.to ? `to ${item.escalation.to.name} ` : ""}on {formatDate(item.escalation.at)}: {item.escalation.reason}
            </Alert>
          ) : null}
          {item.lost ? (
            <Alert tone="error">
              Lost ({lostReasonLabels[item.lost.reason]}){item.lost.note ? `: ${item.lost.note}` : ""}
            </Alert>
          ) : null}

          <section aria-labelledby="brief-heading">
            <div className="flex items-center justify-between">
              <h2 id="brief-heading" className="text-sm font-semibold text-zinc-900">
                Renewal brief
              </h2>
              {!showBrief ? (
                <Button variant="secondary" size="sm" onClick={() => setShowBrief(true)} data-testid="show-brief">
                  Prepare brief
                </Button>
              ) : null}
            </div>
            {showBrief ? <BriefPanel id={item.id} /> : <p className="mt-1 text-sm text-zinc-500">Both terms side by side, the renewal-risk factors and a note for the client.</p>}
          </section>

          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="text-sm font-semibold text-zinc-900">
              Timeline
            </h2>
            <ol className="mt-2 space-y-3 border-l border-zinc-200 pl-4" data-testid="case-timeline">
              {item.timeline.map((entry) => (
                <li key={entry.id} data-testid="timeline-entry" data-type={entry.type}>
                  <p className="text-sm font-medium text-zinc-900">{entry.title}</p>
                  {entry.detail ? <p className="text-sm whitespace-pre-line text-zinc-600">{entry.detail}</p> : null}
                  <p className="text-xs text-zinc-500">
                    {entry.actor?.name ?? "System"} · {formatDate(entry.occurredAt)}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        </div>

        <aside className="space-y-6">
          <section className="rounded-xl border border-zinc-200 p-4 text-sm" aria-label="Customer">
            <h2 className="text-xs font-medium text-zinc-500">Customer</h2>
            <Link href={`/crm/contacts/${item.contact.id}`} className="mt-1 block font-medium text-indigo-700 hover:underline">
              {item.contact.name}
            </Link>
            <p className="text-zinc-600">{item.contact.email ?? "No email"}</p>
            <p className="text-zinc-600">{item.contact.phone ?? "No phone"}</p>
            <h2 className="mt-3 text-xs font-medium text-zinc-500">Assignee</h2>
            <p>{item.assignee?.name ?? "Unassigned"}</p>
            <h2 className="mt-3 text-xs font-medium text-zinc-500">Contact attempts</h2>
            <p>
              {item.contactAttempts}
              {item.lastContactAt ? ` · last ${formatDate(item.lastContactAt)}` : ""}
            </p>
          </section>
          <div className="rounded-xl border border-zinc-200 p-4">
            <FilesPanel entityType="case" entityId={item.id} canWrite={files.canWrite} maxBytes={files.maxBytes} />
          </div>
          {open && (canWrite || canEscalate) ? <CaseActions item={item} canWrite={canWrite} canEscalate={canEscalate} onChanged={() => void refresh()} /> : null}
        </aside>
      </div>
    </>
  );
}
