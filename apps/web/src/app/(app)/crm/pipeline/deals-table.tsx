"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { BulkActionBar, SelectRowCell, selectColumn, useBulkList } from "~/components/crm/bulk-actions";
import { stageLabels } from "~/components/crm/stage-labels";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ListFooter, ListState, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { formatCount, formatDay, formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import type { BoardQuery } from "./pipeline-board";

type ListInput = RouterInputs["crm"]["opportunities"]["list"];

/** The pipeline as one list (every stage, largest deals first), with the bulk selection. */
export function DealsTable({ query, canWrite, canDelete, currentUserId, onOpen }: { query: BoardQuery; canWrite: boolean; canDelete: boolean; currentUserId: string; onOpen: (id: string) => void }) {
  const trpc = useTRPC();
  const filter = { filter: query.filter, search: query.search || undefined, ownerId: query.ownerId, sort: "value", timeZone: query.timeZone } satisfies Omit<ListInput, "limit">;
  const deals = useInfiniteQuery(trpc.crm.opportunities.list.infiniteQueryOptions({ limit: 50, ...filter }, nextCursorPages));
  const { rows, total, totalCapped } = pagedRows(deals.data);
  const bulk = useBulkList("opportunity", filter, rows, { total, totalCapped });

  return (
    <ListState query={deals} isEmpty={rows.length === 0} loading="Loading deals…" empty={<EmptyState title="No deals match" testId="deals-empty">Try another filter or search.</EmptyState>}>
      <BulkActionBar
        list={bulk}
        currentUserId={currentUserId}
        actions={{ assign: canWrite, status: canWrite ? { label: "Stage", options: stageLabels } : undefined, tags: canWrite, remove: canDelete }}
      />
      <Table
        label="Deals"
        testId="deals-table"
        columns={[selectColumn(bulk), "Deal", "Contact", "Stage", numberColumn("Value"), numberColumn("Probability"), "Owner", "Expected close"]}
      >
        <tbody>
          {rows.map((deal) => (
            <tr key={deal.id} data-testid="deal-row" data-deal-id={deal.id} className="hover:bg-zinc-50/60">
              <SelectRowCell list={bulk} id={deal.id} name={deal.title} />
              <Td>
                <button type="button" onClick={() => onOpen(deal.id)} className="text-left font-medium text-zinc-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
                  {deal.title}
                </button>
                {deal.tags.length > 0 ? <div className="mt-1 flex flex-wrap gap-1">{deal.tags.slice(0, 3).map((tag) => <Badge key={tag}>{tag}</Badge>)}</div> : null}
              </Td>
              <Td>{deal.contact?.name ?? <span className="text-zinc-400">—</span>}</Td>
              <Td className="whitespace-nowrap">{stageLabels[deal.stage]}</Td>
              <NumberTd>{formatMoney(deal.value)}</NumberTd>
              <NumberTd>{deal.probability}%</NumberTd>
              <Td className="whitespace-nowrap">{deal.owner?.name ?? <span className="text-zinc-400">Unassigned</span>}</Td>
              <Td className="whitespace-nowrap text-zinc-500">{formatDay(deal.expectedCloseDate)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ListFooter query={deals} testId="deals-total">
        {formatCount(total, totalCapped)} {total === 1 ? "deal" : "deals"}
      </ListFooter>
    </ListState>
  );
}
