"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { ListFooter } from "~/components/ui/list-shell";
import { Options } from "~/components/ui/field";
import { Table, Td, Th } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatCount, formatRelative, roleLabels, type RoleName } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { CreateUserDialog } from "./create-user-dialog";
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
    trpc.admin.users.list.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const [actionError, setActionError] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries(trpc.admin.users.pathFilter());
  const update = useMutation(
    trpc.admin.users.update.mutationOptions({
      onSuccess: refresh,
      onError: (error) => setActionError(describeApiError(error).message),
    }),
  );
  const deactivate = useConfirmedMutation(trpc.admin.users.deactivate.mutationOptions({ onSuccess: refresh }), (user: UserRow) => ({ id: user.id }));

  if (users.isPending) return <p className="text-sm text-zinc-500">Loading users…</p>;
  if (users.isError) return <Alert tone="error">{describeApiError(users.error).message}</Alert>;

  const rows = users.data.pages.flatMap((page) => page.items);
  const firstPage = users.data.pages[0];
  const total = firstPage?.total ?? rows.length;

  return (
    <>
      {actionError ? (
        <Alert tone="error" className="mb-3">
          {actionError}
        </Alert>
      ) : null}
      <Table label="Users" testId="users-table">
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Role</Th>
            <Th>Status</Th>
            <Th>Last sign-in</Th>
            <Th className="text-right">
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
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
                    onChange={(event) => {
                      setActionError(null);
                      update.mutate({ id: user.id, role: event.target.value as RoleName });
                    }}
                    className="rounded-md border-0 bg-transparent py-1 pr-7 pl-2 text-sm text-zinc-800 ring-1 ring-zinc-200 ring-inset hover:ring-zinc-300 focus:ring-2 focus:ring-indigo-600 disabled:text-zinc-400"
                  >
                    <Options options={roleLabels} />
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
                      onClick={() => {
                        setActionError(null);
                        update.mutate({ id: user.id, status: "active" });
                      }}
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
        {formatCount(total, firstPage?.totalCapped)} {total === 1 ? "user" : "users"}
      </ListFooter>
      <ConfirmDialog
        {...deactivate.dialog}
        title={`Deactivate ${deactivate.target?.name ?? "user"}?`}
        description="They will be signed out of Harbor and their API keys stop working. You can reactivate them later."
        confirmLabel="Deactivate"
      />
    </>
  );
}
