"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ListState, ListToolbar, LoadMoreButton, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { formatCount, formatDay, formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { ClaimDrawer } from "./claim-drawer";
import { claimMoveLabels, claimStatusLabels, claimStatuses, claimTransitions, type ClaimStatus } from "./claim-labels";
import { CreateClaimDialog } from "./create-claim-dialog";
import { SettleClaimDialog } from "./settle-claim-dialog";

export type Claim = RouterOutputs["renewals"]["claims"]["list"]["items"][number];

const PAGE_SIZE = 25;

export function ClaimsView({ canWrite, canWriteFiles }: { canWrite: boolean; canWriteFiles: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [settling, setSettling] = useState<Claim | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries(trpc.renewals.claims.pathFilter());
  const move = useMutation(
    trpc.renewals.claims.updateStatus.mutationOptions({
      onError: (error) => toast(`Could not move the claim: ${describeApiError(error).message}`, "error"),
      onSettled: refresh,
    }),
  );

  function moveClaim(claim: Claim, to: ClaimStatus) {
    if (to === "settled") setSettling(claim);
    else move.mutate({ id: claim.id, status: to });
  }

  return (
    <>
      <PageHeader
        title="Claims"
        description="Claims on your customers' policies, by where they stand. A claim moves only forward: review, a decision, settlement."
        create={canWrite && { label: "New claim", testId: "open-create-claim", onClick: () => setCreating(true) }}
      />
      <ListToolbar>
        <SearchInput label="Search claims" placeholder="Claim or policy number, type, customer" value={search} onSearch={setSearch} className="w-80" />
      </ListToolbar>
      <div className="mt-4 -mx-2 overflow-x-auto px-2 pb-2">
        <div className="grid min-w-[920px] grid-cols-5 gap-2" data-testid="claims-board">
          {claimStatuses.map((status) => (
            <ClaimColumn
              key={status}
              status={status}
              search={search}
              canWrite={canWrite}
              moving={move.isPending ? move.variables.id : null}
              onMove={moveClaim}
              onOpen={setOpenId}
            />
          ))}
        </div>
      </div>
      {canWrite && creating ? <CreateClaimDialog onClose={() => setCreating(false)} /> : null}
      {settling ? <SettleClaimDialog claim={settling} onClose={() => setSettling(null)} /> : null}
      <ClaimDrawer id={openId} canWrite={canWrite} canWriteFiles={canWriteFiles} onClose={() => setOpenId(null)} onMove={moveClaim} />
    </>
  );
}

function ClaimColumn({
  status,
  search,
  canWrite,
  moving,
  onMove,
  onOpen,
}: {
  status: ClaimStatus;
  search: string;
  canWrite: boolean;
  moving: string | null;
  onMove: (claim: Claim, to: ClaimStatus) => void;
  onOpen: (id: string) => void;
}) {
  const trpc = useTRPC();
  const cards = useInfiniteQuery(
    trpc.renewals.claims.list.infiniteQueryOptions({ limit: PAGE_SIZE, status, search: search || undefined }, nextCursorPages),
  );
  const { rows: items, total, totalCapped } = pagedRows(cards.data);

  return (
    <section aria-label={claimStatusLabels[status]} data-testid="claims-column" data-status={status} className="flex min-h-64 flex-col rounded-xl bg-zinc-50 p-2 ring-1 ring-zinc-200">
      <header className="flex items-center gap-1.5 px-1 pt-0.5 pb-2">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-700 uppercase">{claimStatusLabels[status]}</h3>
        <span className="ml-auto text-xs text-zinc-400 tabular-nums" data-testid="column-count">
          {formatCount(total, totalCapped)}
        </span>
      </header>
      <div className="flex flex-1 flex-col gap-2">
        <ListState query={cards} isEmpty={items.length === 0} loading={<p className="px-1 text-xs text-zinc-400">Loading…</p>} empty={<p className="px-1 py-4 text-center text-xs text-zinc-400">No claims</p>}>
          {items.map((claim) => (
            <article key={claim.id} className="rounded-lg bg-white p-2.5 text-sm shadow-xs ring-1 ring-zinc-200" data-testid="claim-card" data-claim-number={claim.claimNumber}>
              <button type="button" className="block w-full text-left" onClick={() => onOpen(claim.id)}>
                <p className="flex items-center justify-between gap-2">
                  <span className="font-medium text-zinc-900">{claim.claimNumber}</span>
                  <span className="text-xs text-zinc-600 tabular-nums">{formatMoney(claim.settlementAmount ?? claim.claimAmount)}</span>
                </p>
                <p className="mt-0.5 truncate text-xs text-zinc-600">{claim.policy.contact.name}</p>
                <p className="mt-0.5 truncate text-xs text-zinc-500">
                  {claim.claimType} · {claim.policy.policyNumber} · {formatDay(claim.incidentDate)}
                </p>
              </button>
              {canWrite && claimTransitions[status].length > 0 ? (
                <div className="mt-2 flex flex-wrap gap-1">
                  {claimTransitions[status].map((to) => (
                    <Button key={to} size="sm" variant="secondary" disabled={moving === claim.id} onClick={() => onMove(claim, to)} data-testid={`move-${to}`}>
                      {claimMoveLabels[to]}
                    </Button>
                  ))}
                </div>
              ) : null}
              {status === "rejected" && claim.decisionNote ? <Badge className="mt-2">{claim.decisionNote}</Badge> : null}
            </article>
          ))}
        </ListState>
        <LoadMoreButton query={cards} />
      </div>
    </section>
  );
}
