"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { ActionsTh, Table, Td, Th } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatDate, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { apiKeyScopeLabels, CreateApiKeyDialog } from "./create-api-key-dialog";
import { SettingsSection } from "./settings-section";

type ApiKeyRow = RouterOutputs["settings"]["apiKeys"]["list"]["items"][number];

export function ApiKeysSection({ seesWholeOrganization }: { seesWholeOrganization: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const keys = useInfiniteQuery(
    trpc.settings.apiKeys.list.infiniteQueryOptions({ includeRevoked, limit: 50 }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const rows = keys.data?.pages.flatMap((page) => page.items) ?? [];
  const revoke = useMutation(
    trpc.settings.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoking(null);
        await queryClient.invalidateQueries(trpc.settings.apiKeys.pathFilter());
      },
    }),
  );

  return (
    <SettingsSection
      id="api-keys"
      title="API keys"
      description={
        seesWholeOrganization
          ? "Keys let scripts call Harbor's API as their owner, with the owner's role narrowed by the key's scope. As an admin you see every key in the agency."
          : "Keys let your scripts call Harbor's API as you, with your role narrowed by the key's scope."
      }
      actions={
        <Button onClick={() => setCreating(true)} data-testid="open-create-api-key">
          Create API key
        </Button>
      }
    >
      <label className="mb-3 flex w-fit items-center gap-2 text-sm text-zinc-600">
        <input
          type="checkbox"
          checked={includeRevoked}
          onChange={(event) => setIncludeRevoked(event.target.checked)}
          className="size-4 rounded border-zinc-300 accent-indigo-600"
        />
        Show revoked keys
      </label>
      {keys.isPending ? (
        <p className="text-sm text-zinc-500">Loading keys…</p>
      ) : keys.isError ? (
        <Alert tone="error">{describeApiError(keys.error).message}</Alert>
      ) : rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-8 text-center" data-testid="api-keys-empty">
          <p className="text-sm font-medium text-zinc-900">No API keys yet</p>
          <p className="mt-1 text-sm text-zinc-500">Create one to call Harbor from a script or another system.</p>
        </div>
      ) : (
        <>
          <Table label="API keys" testId="api-keys-table">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Key</Th>
                <Th>Scope</Th>
                <Th>Owner</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <ActionsTh />
              </tr>
            </thead>
            <tbody>
              {rows.map((apiKey) => (
                <tr key={apiKey.id} data-testid="api-key-row" data-key-id={apiKey.id}>
                  <Td className="font-medium text-zinc-900">{apiKey.name}</Td>
                  <Td>
                    <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700" data-testid="api-key-prefix">
                      {apiKey.prefix}…
                    </code>
                  </Td>
                  <Td data-testid="api-key-scope">
                    <Badge tone={apiKey.scope === "read" ? "neutral" : apiKey.scope === "admin" ? "amber" : "indigo"}>{apiKeyScopeLabels[apiKey.scope]}</Badge>
                    {apiKey.expiresAt ? <span className="ml-2 text-xs text-zinc-500">until {formatDate(apiKey.expiresAt)}</span> : null}
                  </Td>
                  <Td>{apiKey.user.name}</Td>
                  <Td className="whitespace-nowrap text-zinc-500">{formatDate(apiKey.createdAt)}</Td>
                  <Td className="whitespace-nowrap text-zinc-500" data-testid="api-key-last-used">
                    {formatRelative(apiKey.lastUsedAt)}
                  </Td>
                  <Td className="text-right whitespace-nowrap">
                    {apiKey.revokedAt ? (
                      <Badge tone="red">Revoked {formatRelative(apiKey.revokedAt).toLowerCase()}</Badge>
                    ) : (
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => {
                          revoke.reset();
                          setRevoking(apiKey);
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {keys.hasNextPage ? (
            <div className="mt-2 flex justify-end">
              <Button variant="ghost" size="sm" onClick={() => void keys.fetchNextPage()} disabled={keys.isFetchingNextPage}>
                {keys.isFetchingNextPage ? "Loading…" : "Show more"}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? "key"}”?`}
        description="Scripts using this key stop working immediately. This cannot be undone."
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        error={revoke.error ? describeApiError(revoke.error).message : null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) revoke.mutate({ id: revoking.id });
        }}
      />
    </SettingsSection>
  );
}
