"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { ListFooter, ListState, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { Options } from "~/components/ui/field";
import { actionsColumn, Table, Td } from "~/components/ui/table";
import { formatCount, formatRelative, roleLabels, type RoleName } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { CreateUserDialog } from "./create-user-dialog";
import { DeactivateUserDialog, describeTransfer } from "./deactivate-user-dialog";
import { TeamOptions } from "./team-options";
import { SettingsSection } from "./settings-section";

type UserRow = RouterOutputs["admin"]["users"]["list"]["items"][number];

export function UsersSection({ canManage, currentUserId }: { canManage: boolean; currentUserId: string }) {
  const [creating, setCreating] = useState(false);
  return (
    <SettingsSection
      id="users"
      title="Users"
      description="Who can sign in to your agency, and with which role."
      actions={
        canManage ? (
          <Button onClick={() => setCreating(true)} data-testid="open-create-user">
            Add user
          </Button>
        ) : null
      }
    >
      {canManage ? (
        <>
          <UsersTable currentUserId={currentUserId} />
          <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
        </>
      ) : (
        <Alert tone="info" data-testid="users-admin-only">
          Only admins manage users. Ask an admin of your agency to add people or change roles.
        </Alert>
      )}
    </SettingsSection>
  );
}

function UsersTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useInfiniteQuery(
    trpc.admin.users.list.infiniteQueryOptions({ limit: 50 }, nextCursorPages),
  );
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.admin.users.pathFilter());
    await queryClient.invalidateQueries(trpc.crm.teams.pathFilter());
  };
  const update = useMutation(trpc.admin.users.update.mutationOptions({ onSuccess: refresh }));
  // What the last deactivation's book transfer moved, shown above the table (Settings has no toasts).
  const [transferNotice, setTransferNotice] = useState<string | null>(null);
  const deactivate = useConfirmedMutation(
    trpc.admin.users.deactivate.mutationOptions({
      onSuccess: async (user) => {
        setTransferNotice(user.transferred ? `${user.name} deactivated; ${describeTransfer(user.transferred)} moved.` : null);
        await refresh();
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
    }),
    (user: UserRow) => ({ id: user.id }),
  );

  const { rows, total, totalCapped } = pagedRows(users.data);

  return (
    <ListState query={users} isEmpty={false} loading="Loading users…" empty={null}>
      <ErrorAlert error={update.error} className="mb-3" />
      {transferNotice ? (
        <Alert tone="success" className="mb-3" data-testid="transfer-notice">
          {transferNotice}
        </Alert>
      ) : null}
      <Table label="Users" testId="users-table" columns={["Name", "Role", "Team", "Status", "Last sign-in", actionsColumn]}>
        <tbody>
          {rows.map((user) => {
            const isSelf = user.id === currentUserId;
            const active = user.status === "active";
            return (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <Td>
                  <div className="font-medium text-zinc-900">
                    {user.name}
                    {isSelf ? <span className="ml-1.5 text-xs font-normal text-zinc-400">(you)</span> : null}
                  </div>
                  <div className="text-xs text-zinc-500">{user.email}</div>
                </Td>
                <Td>
                  <select
                    aria-label={`Role of ${user.name}`}
                    value={user.role}
                    disabled={update.isPending || !active || isSelf}
                    title={isSelf ? "Another admin can change your role" : undefined}
                    onChange={(event) => update.mutate({ id: user.id, role: event.target.value as RoleName })}
                    className="rounded-md border-0 bg-transparent py-1 pr-7 pl-2 text-sm text-zinc-800 ring-1 ring-zinc-200 ring-inset hover:ring-zinc-300 focus:ring-2 focus:ring-indigo-600 disabled:text-zinc-400"
                  >
                    <Options options={roleLabels} />
                  </select>
                </Td>
                <Td>
                  <select
                    aria-label={`Team of ${user.name}`}
                    value={user.team?.id ?? ""}
                    disabled={update.isPending || !active}
                    onChange={(event) => update.mutate({ id: user.id, teamId: event.target.value || null })}
                    className="rounded-md border-0 bg-transparent py-1 pr-7 pl-2 text-sm text-zinc-800 ring-1 ring-zinc-200 ring-inset hover:ring-zinc-300 focus:ring-2 focus:ring-indigo-600 disabled:text-zinc-400"
                    data-testid="user-team"
                  >
                    <TeamOptions />
                  </select>
                </Td>
                <Td>{active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}</Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatRelative(user.lastLoginAt)}</Td>
                <Td className="text-right whitespace-nowrap">
                  {isSelf ? null : active ? (
                    <Button variant="ghost" size="sm" onClick={() => deactivate.ask(user)}>
                      Deactivate
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={update.isPending}
                      onClick={() => update.mutate({ id: user.id, status: "active" })}
                    >
                      Reactivate
                    </Button>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <ListFooter query={users}>
        {formatCount(total, totalCapped)} {total === 1 ? "user" : "users"}
      </ListFooter>
      <DeactivateUserDialog
        key={deactivate.target?.id ?? "none"}
        user={deactivate.target}
        receivers={rows.filter((row) => row.status === "active" && row.id !== deactivate.target?.id)}
        pending={deactivate.dialog.pending}
        error={deactivate.dialog.error}
        onCancel={deactivate.dialog.onCancel}
        onConfirm={(receiver) => {
          if (deactivate.target) deactivate.mutation.mutate({ id: deactivate.target.id, ...(receiver ? { transferTo: receiver } : {}) });
        }}
      />
    </ListState>
  );
}
