"use client";

import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { type DragEvent, useState } from "react";
import { useToast } from "~/components/ui/toast";
import { Badge } from "~/components/ui/badge";
import { ListState, LoadMoreButton, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { MeterBar } from "~/components/ui/meter";
import { cn } from "~/lib/cn";
import { describeApiError } from "~/lib/api-errors";
import { formatCount, formatDay, formatMoney, initials } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { type Stage, stageAccents, stageLabels, stages } from "~/components/crm/stage-labels";
import { LostReasonDialog } from "~/components/crm/lost-reason-dialog";

type ListInput = RouterInputs["crm"]["opportunities"]["list"];
type ListPage = RouterOutputs["crm"]["opportunities"]["list"];
export type BoardCard = ListPage["items"][number];
export type BoardFilter = NonNullable<ListInput["filter"]>;

const PAGE_SIZE = 25;
const DRAG_TYPE = "application/x-harbor-opportunity";

export interface BoardQuery {
  filter: BoardFilter;
  search: string;
  timeZone: string | undefined;
  /** One owner's deals; everyone's the caller may see when absent. */
  ownerId?: string;
}

/** One column's list input; the same function builds the cache key the optimistic move edits. */
function columnInput(stage: Stage, { filter, search, timeZone, ownerId }: BoardQuery): ListInput {
  return { limit: PAGE_SIZE, stage, filter, search: search || undefined, sort: "value", timeZone, ...(ownerId ? { ownerId } : {}) };
}

type ColumnData = InfiniteData<ListPage, unknown>;

function withoutCard<T extends ColumnData>(data: T | undefined, id: string): T | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => {
      const items = page.items.filter((item) => item.id !== id);
      return { ...page, items, total: page.total === null ? null : page.total - (page.items.length - items.length) };
    }),
  };
}

function withCard<T extends ColumnData>(data: T | undefined, card: BoardCard): T | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page, index) => (index === 0 ? { ...page, items: [card, ...page.items.filter((item) => item.id !== card.id)], total: page.total === null ? null : page.total + 1 } : page)),
  };
}

function replaceCard<T extends ColumnData>(data: T | undefined, card: Partial<BoardCard> & { id: string }): T | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === card.id ? { ...item, ...card } : item)) })) };
}

export function PipelineBoard({ query, canWrite, onOpen }: { query: BoardQuery; canWrite: boolean; onOpen: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [movingIds, setMovingIds] = useState<ReadonlySet<string>>(new Set());
  const [losing, setLosing] = useState<BoardCard | null>(null);
  const move = useMutation(trpc.crm.opportunities.moveStage.mutationOptions());

  const keyOf = (stage: Stage) => trpc.crm.opportunities.list.infiniteQueryKey(columnInput(stage, query));

  async function moveCard(card: BoardCard, to: Stage, lostReason?: string) {
    if (card.stage === to) return;
    // A lost deal needs its reason first: the card moves once it is given.
    if (to === "closed_lost" && !lostReason) {
      setLosing(card);
      return;
    }
    const fromKey = keyOf(card.stage);
    const toKey = keyOf(to);
    await Promise.all([queryClient.cancelQueries({ queryKey: fromKey }), queryClient.cancelQueries({ queryKey: toKey })]);
    const before = { from: queryClient.getQueryData(fromKey), to: queryClient.getQueryData(toKey) };
    // The card moves at once; its probability is the server's to decide and arrives with the answer.
    queryClient.setQueryData(fromKey, (data) => withoutCard(data, card.id));
    queryClient.setQueryData(toKey, (data) => withCard(data, { ...card, stage: to }));
    setMovingIds((current) => new Set(current).add(card.id));
    // mutateAsync rather than mutate's callbacks, which run only for the latest of overlapping moves.
    try {
      const updated = await move.mutateAsync({ id: card.id, stage: to, lostReason });
      queryClient.setQueryData(toKey, (data) =>
        replaceCard(data, { id: updated.id, stage: updated.stage, probability: updated.probability, stageEnteredAt: updated.stageEnteredAt, closedAt: updated.closedAt }),
      );
    } catch (error) {
      queryClient.setQueryData(fromKey, before.from);
      queryClient.setQueryData(toKey, before.to);
      toast(`Could not move “${card.title}”: ${describeApiError(error).message}`, "error");
    } finally {
      setMovingIds((current) => {
        const next = new Set(current);
        next.delete(card.id);
        return next;
      });
      void queryClient.invalidateQueries(trpc.crm.opportunities.pathFilter());
    }
  }

  return (
    <div className="-mx-2 overflow-x-auto px-2 pb-2">
      <div className="grid min-w-[920px] grid-cols-6 gap-2" data-testid="pipeline-board">
        {stages.map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            query={query}
            canWrite={canWrite}
            dragging={dragging}
            movingIds={movingIds}
            onDragStart={setDragging}
            onDragEnd={() => setDragging(null)}
            onDrop={(card) => void moveCard(card, stage)}
            onOpen={onOpen}
          />
        ))}
      </div>
      <LostReasonDialog deal={losing} onClose={() => setLosing(null)} onLost={(card, reason) => void moveCard(card, "closed_lost", reason)} />
    </div>
  );
}

interface StageColumnProps {
  stage: Stage;
  query: BoardQuery;
  canWrite: boolean;
  dragging: BoardCard | null;
  movingIds: ReadonlySet<string>;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
  onDrop: (card: BoardCard) => void;
  onOpen: (id: string) => void;
}

function StageColumn({ stage, query, canWrite, dragging, movingIds, onDragStart, onDragEnd, onDrop, onOpen }: StageColumnProps) {
  const trpc = useTRPC();
  const [over, setOver] = useState(false);
  const input = columnInput(stage, query);
  const cards = useInfiniteQuery(trpc.crm.opportunities.list.infiniteQueryOptions(input, nextCursorPages));
  const { rows: items, total, totalCapped } = pagedRows(cards.data);
  const value = items.reduce((sum, card) => sum + card.value, 0);
  const accepts = canWrite && dragging !== null && dragging.stage !== stage;

  function handleDragOver(event: DragEvent<HTMLElement>) {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (!over) setOver(true);
  }

  function handleDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(false);
    if (accepts && dragging) onDrop(dragging);
  }

  return (
    <section
      aria-label={stageLabels[stage]}
      data-testid="pipeline-column"
      data-stage={stage}
      onDragOver={handleDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={handleDrop}
      className={cn(
        "flex min-h-64 flex-col rounded-xl bg-zinc-50 p-2 ring-1 ring-zinc-200 transition-colors",
        accepts && "ring-indigo-200",
        over && "bg-indigo-50 ring-2 ring-indigo-400",
      )}
    >
      <header className="px-1 pt-0.5 pb-2">
        <div className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("size-2 rounded-full", stageAccents[stage])} />
          <h3 className="text-xs font-semibold tracking-wide text-zinc-700 uppercase">{stageLabels[stage]}</h3>
          <span className="ml-auto text-xs text-zinc-400 tabular-nums" data-testid="column-count">
            {formatCount(total, totalCapped)}
          </span>
        </div>
        <p className="mt-0.5 text-xs text-zinc-500 tabular-nums">{formatMoney(value, { compact: true })}{cards.hasNextPage ? "+" : ""}</p>
      </header>
      <div className="flex flex-1 flex-col gap-2">
        <ListState
          query={cards}
          isEmpty={items.length === 0}
          loading={<p className="px-1 text-xs text-zinc-400">Loading…</p>}
          empty={<p className="px-1 py-4 text-center text-xs text-zinc-400">{accepts ? "Drop here" : "No deals"}</p>}
        >
          {items.map((card) => (
            <OpportunityCard
              key={card.id}
              card={card}
              canWrite={canWrite}
              moving={movingIds.has(card.id)}
              onDragStart={() => onDragStart(card)}
              onDragEnd={onDragEnd}
              onOpen={() => onOpen(card.id)}
            />
          ))}
        </ListState>
        <LoadMoreButton query={cards} />
      </div>
    </section>
  );
}

function OpportunityCard({
  card,
  canWrite,
  moving,
  onDragStart,
  onDragEnd,
  onOpen,
}: {
  card: BoardCard;
  canWrite: boolean;
  moving: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onOpen: () => void;
}) {
  const probabilityTone = card.probability >= 70 ? "green" : card.probability >= 40 ? "indigo" : card.probability > 0 ? "amber" : "red";
  return (
    <article
      draggable={canWrite}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData(DRAG_TYPE, card.id);
        event.dataTransfer.setData("text/plain", card.title);
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      data-testid="opportunity-card"
      data-opportunity-id={card.id}
      data-stage={card.stage}
      aria-busy={moving}
      className={cn(
        "group rounded-lg bg-white p-2.5 shadow-xs ring-1 ring-zinc-200 hover:ring-zinc-300",
        canWrite && "cursor-grab active:cursor-grabbing",
        moving && "opacity-70",
      )}
    >
      <button type="button" onClick={onOpen} className="block w-full text-left focus-visible:outline-2 focus-visible:outline-indigo-600">
        <span className="line-clamp-2 text-sm font-medium text-zinc-900 group-hover:text-indigo-700">{card.title}</span>
        <span className="mt-0.5 block truncate text-xs text-zinc-500">{card.contact ? (card.contact.company ?? card.contact.name) : "No contact"}</span>
      </button>
      <div className="mt-2 flex items-center justify-between text-xs">
        <span className="font-medium text-zinc-900 tabular-nums">{formatMoney(card.value, { compact: true })}</span>
        <span className="text-zinc-500 tabular-nums" data-testid="opportunity-probability" aria-label={`Probability ${card.probability}%`}>
          {card.probability}%
        </span>
      </div>
      <MeterBar value={card.probability} tone={probabilityTone} label={`Probability of ${card.title}`} className="mt-1" />
      <div className="mt-2 flex items-center gap-1.5 text-xs text-zinc-500">
        {card.expectedCloseDate ? <span title="Expected close">{formatDay(card.expectedCloseDate)}</span> : <span>No close date</span>}
        {card.priority === "high" || card.priority === "urgent" ? <Badge tone={card.priority === "urgent" ? "red" : "amber"}>{card.priority}</Badge> : null}
        {card.owner ? (
          <span
            title={card.owner.name}
            className="ml-auto flex size-5 items-center justify-center rounded-full bg-zinc-100 text-[10px] font-semibold text-zinc-600"
          >
            {initials(card.owner.name)}
          </span>
        ) : null}
      </div>
    </article>
  );
}
