"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { actionsColumn, Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { AddDncDialog } from "./add-dnc-dialog";

type DncEntry = RouterOutputs["crm"]["dnc"]["list"]["items"][number];
type ChannelFilter = NonNullable<RouterInputs["crm"]["dnc"]["list"]["channel"]> | "all";

const channelOptions = optionsFrom<ChannelFilter>({ all: "All", email: "Email", phone: "Phone" });

/** canManage adds entries (dnc:manage); canRemove lifts them (dnc:remove: managers and admins, not compliance). */
export function DncView({ canManage, canRemove }: { canManage: boolean; canRemove: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<ChannelFilter>("all");
  const [search, setSearch] = useState("");
  const [adding, setAdding] = useState(false);

  const entries = useInfiniteQuery(
    trpc.crm.dnc.list.infiniteQueryOptions(
      { limit: 50, search: search || undefined, channel: channel === "all" ? undefined : channel },
      nextCursorPages,
    ),
  );
  const remove = useConfirmedMutation(
    trpc.crm.dnc.remove.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.crm.dnc.pathFilter()) }),
    (entry: DncEntry) => ({ id: entry.id }),
  );

  const { rows } = pagedRows(entries.data);

  return (
    <>
      <PageHeader
        title="Do not contact"
        description="Email addresses and phone numbers Harbor must never reach out to. Imports flag them and outreach checks this list first."
        create={canManage && { label: "Add to list", testId: "open-add-dnc", onClick: () => setAdding(true) }}
      />
      <ListToolbar>
        <Segmented label="Channel" options={channelOptions} value={channel} onChange={setChannel} testId="dnc-channel-filter" />
        <SearchInput label="Search the list" placeholder="Search email, phone or reason" value={search} onSearch={setSearch} className="w-72" />
      </ListToolbar>
      <PagedList
        query={entries}
        noun={["entry", "entries"]}
        loading="Loading the list…"
        empty={
          <EmptyState title={search || channel !== "all" ? "Nothing matches" : "The list is empty"} testId="dnc-empty">
            {search || channel !== "all" ? "No entry matches this search." : "When a client asks not to be contacted, add their email or phone here."}
          </EmptyState>
        }
      >
        <Table label="Do-not-contact list" testId="dnc-table" columns={["Email or phone", "Channel", "Reason", "Added by", "Added", canRemove && actionsColumn]}>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.id} data-testid="dnc-row" data-value={entry.value}>
                <Td className="font-mono text-xs text-zinc-900">{entry.value}</Td>
                <Td>
                  <Badge tone={entry.channel === "email" ? "indigo" : "neutral"}>{entry.channel === "email" ? "Email" : "Phone"}</Badge>
                </Td>
                <Td className="max-w-xs truncate" title={entry.reason ?? undefined}>
                  {entry.reason ?? <span className="text-zinc-400">No reason given</span>}
                </Td>
                <Td>{entry.addedBy?.name ?? <span className="text-zinc-400">System</span>}</Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatDate(entry.createdAt)}</Td>
                {canRemove ? (
                  <Td className="text-right">
                    <Button variant="ghost" size="sm" onClick={() => remove.ask(entry)}>
                      Remove
                    </Button>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
      {canManage ? <AddDncDialog open={adding} onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        {...remove.dialog}
        title={`Remove ${remove.target?.value ?? "entry"}?`}
        description="Harbor may contact this address or number again, in campaigns and from the inbox."
        confirmLabel="Remove from list"
      />
    </>
  );
}
