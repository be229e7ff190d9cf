"use client";

import { useQuery } from "@tanstack/react-query";
import { FilesPanel } from "~/components/files-panel";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Drawer } from "~/components/ui/drawer";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatDay, formatMoney, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { claimMoveLabels, claimStatusLabels, claimStatusTones, claimTransitions, type ClaimStatus } from "./claim-labels";
import type { Claim } from "./claims-view";

/** One claim: its figures, the customer and policy, its moves and its files. */
export function ClaimDrawer({
  id,
  canWrite,
  canWriteFiles,
  onClose,
  onMove,
}: {
  id: string | null;
  canWrite: boolean;
  canWriteFiles: boolean;
  onClose: () => void;
  onMove: (claim: Claim, to: ClaimStatus) => void;
}) {
  const trpc = useTRPC();
  const claim = useQuery({ ...trpc.renewals.claims.get.queryOptions({ id: id ?? "" }), enabled: id !== null });
  const data = claim.data;

  return (
    <Drawer key={id ?? "closed"} open={id !== null} onClose={onClose} title={data?.claimNumber ?? "Claim"} data-testid="claim-drawer">
      {claim.isError ? <Alert tone="error">{describeApiError(claim.error).message}</Alert> : null}
      {data ? (
        <div className="space-y-5">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={claimStatusTones[data.status]}>{claimStatusLabels[data.status]}</Badge>
            <span className="text-sm text-zinc-600">
              {humanize(data.claimType)} · {formatMoney(data.claimAmount)} claimed
            </span>
          </div>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-zinc-500">Customer</dt>
            <dd className="text-zinc-900">{data.policy.contact.name}</dd>
            <dt className="text-zinc-500">Policy</dt>
            <dd className="text-zinc-900">
              {data.policy.policyNumber} · {humanize(data.policy.type)} · {data.policy.carrier}
            </dd>
            <dt className="text-zinc-500">Incident</dt>
            <dd className="text-zinc-900">{formatDay(data.incidentDate)}</dd>
            <dt className="text-zinc-500">Reported</dt>
            <dd className="text-zinc-900">{formatDay(data.reportedDate)}</dd>
            <dt className="text-zinc-500">Last change</dt>
            <dd className="text-zinc-900">{formatDate(data.statusChangedAt)}</dd>
            {data.settlementAmount !== null ? (
              <>
                <dt className="text-zinc-500">Settlement</dt>
                <dd className="text-zinc-900" data-testid="claim-settlement">
                  {formatMoney(data.settlementAmount)} on {formatDay(data.settlementDate)}
                </dd>
              </>
            ) : null}
            {data.decisionNote ? (
              <>
                <dt className="text-zinc-500">Decision note</dt>
                <dd className="text-zinc-900">{data.decisionNote}</dd>
              </>
            ) : null}
          </dl>
          <p className="text-sm whitespace-pre-line text-zinc-700">{data.description}</p>
          {canWrite && claimTransitions[data.status].length > 0 ? (
            <div className="flex flex-wrap gap-2">
              {claimTransitions[data.status].map((to) => (
                <Button key={to} size="sm" variant="secondary" onClick={() => onMove(data, to)}>
                  {claimMoveLabels[to]}
                </Button>
              ))}
            </div>
          ) : null}
          <FilesPanel entityType="claim" entityId={data.id} canWrite={canWriteFiles} />
        </div>
      ) : claim.isPending && id ? (
        <p className="text-sm text-zinc-500">Loading…</p>
      ) : null}
    </Drawer>
  );
}
