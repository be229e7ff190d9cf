"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { PageHeader } from "~/components/page-header";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, Td, Th } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

export function BlockedResponsesView() {
  const trpc = useTRPC();
  const log = useInfiniteQuery(
    trpc.copilot.blockedResponses.list.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const rows = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Blocked responses"
        description="AI answers the safety check withheld: blocked topics, echoed secrets, card numbers, social security numbers. Sensitive values are masked here too."
      />
      <div className="mt-6">
        {log.isError ? <Alert tone="error">{describeApiError(log.error).message}</Alert> : null}
        {log.isPending ? <p className="text-sm text-zinc-500">Loading…</p> : null}
        {!log.isPending && rows.length === 0 ? <EmptyState title="Nothing withheld">No AI answer has been blocked in your agency.</EmptyState> : null}
        {rows.length > 0 ? (
          <Table label="Blocked responses" testId="blocked-responses">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>User</Th>
                <Th>Feature</Th>
                <Th>Why</Th>
                <Th>Withheld text (masked)</Th>
              </tr>
            </thead>
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
        ) : null}
        {log.hasNextPage ? (
          <Button variant="secondary" className="mt-3" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </>
  );
}
