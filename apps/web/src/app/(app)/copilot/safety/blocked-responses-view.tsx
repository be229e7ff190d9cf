"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { Table, Td } from "~/components/ui/table";
import { formatDate, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function BlockedResponsesView() {
  const trpc = useTRPC();
  const log = useInfiniteQuery(
    trpc.copilot.blockedResponses.list.infiniteQueryOptions({ limit: 50 }, nextCursorPages),
  );
  const { rows } = pagedRows(log.data);

  return (
    <>
      <PageHeader
        title="Blocked responses"
        description="AI answers the safety check withheld: blocked topics, echoed secrets, card numbers, social security numbers. Sensitive values are masked here too."
      />
      <PagedList
        query={log}
        className="mt-6"
        empty={<EmptyState title="Nothing withheld">No AI answer has been blocked in your agency.</EmptyState>}
        loadMore={{ label: "Load more", variant: "secondary" }}
      >
        <Table label="Blocked responses" testId="blocked-responses" columns={["When", "User", "Feature", "Why", "Withheld text (masked)"]}>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="whitespace-nowrap">{formatDate(row.createdAt)}</Td>
                <Td>{row.user?.name ?? "Former user"}</Td>
                <Td>{humanize(row.feature)}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {row.reasons.map((reason) => (
                      <Badge key={reason} tone="red">
                        {humanize(reason.replace("blocked_topic:", "topic: "))}
                      </Badge>
                    ))}
                  </div>
                </Td>
                <Td className="max-w-md text-xs whitespace-pre-wrap text-zinc-600">{row.excerpt}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </>
  );
}
