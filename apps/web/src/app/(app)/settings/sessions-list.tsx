"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ListFooter, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { Button } from "~/components/ui/button";
import { actionsColumn, Table, Td } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

/** Where the user is signed in; any session but this one can be ended at once. */
export function SessionsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useInfiniteQuery(trpc.auth.sessions.list.infiniteQueryOptions({ limit: 50 }, nextCursorPages));
  const { rows } = pagedRows(sessions.data);
  const refresh = () => queryClient.invalidateQueries(trpc.auth.sessions.pathFilter());
  const revoke = useMutation(trpc.auth.sessions.revoke.mutationOptions({ onSuccess: refresh }));
  const revokeAll = useMutation(trpc.auth.sessions.revokeAll.mutationOptions({ onSuccess: refresh }));
  const error = revoke.error ?? revokeAll.error;

  return (
    <div className="mt-8" data-testid="sessions">
      <div className="mb-3 flex items-end justify-between">
        <h3 className="text-sm font-semibold text-zinc-900">Where you are signed in</h3>
        <Button variant="secondary" size="sm" onClick={() => revokeAll.mutate()} disabled={revokeAll.isPending || rows.length < 2} data-testid="revoke-all-sessions">
          Sign out everywhere else
        </Button>
      </div>
      {error ? <Alert tone="error">{describeApiError(error).message}</Alert> : null}
      {sessions.isError ? (
        <Alert tone="error">{describeApiError(sessions.error).message}</Alert>
      ) : sessions.isPending ? (
        <p className="text-sm text-zinc-500">Loading sessions…</p>
      ) : (
        <Table label="Sessions" testId="sessions-table" columns={["Device", "Address", "Signed in", "Last active", actionsColumn]}>
          <tbody>
            {rows.map((session) => (
              <tr key={session.id} data-testid="session-row">
                <Td className="max-w-xs truncate" title={session.userAgent ?? undefined}>
                  {session.userAgent ?? "Unknown device"}
                </Td>
                <Td className="font-mono text-xs">{session.ip ?? "—"}</Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatDate(session.createdAt)}</Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatRelative(session.lastSeenAt)}</Td>
                <Td className="text-right whitespace-nowrap">
                  {session.current ? (
                    <Badge tone="indigo">This session</Badge>
                  ) : (
                    <Button variant="ghost" size="sm" onClick={() => revoke.mutate({ id: session.id })} disabled={revoke.isPending}>
                      Sign out
                    </Button>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ListFooter query={sessions} />
    </div>
  );
}
