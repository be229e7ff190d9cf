"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { actionsColumn, Table, Td } from "~/components/ui/table";
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
  const keys = useInfiniteQuery(
    trpc.settings.apiKeys.list.infiniteQueryOptions({ includeRevoked, limit: 50 }, nextCursorPages),
  );
  const { rows } = pagedRows(keys.data);
  const revoke = useConfirmedMutation(
    trpc.settings.apiKeys.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.settings.apiKeys.pathFilter()) }),
    (apiKey: ApiKeyRow) => ({ id: apiKey.id }),
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
      <PagedList
        query={keys}
        className=""
        loading="Loading keys…"
        empty={
          <EmptyState title="No API keys yet" testId="api-keys-empty">
            Create one to call Harbor from a script or another system.
          </EmptyState>
        }
      >
        <Table label="API keys" testId="api-keys-table" columns={["Name", "Key", "Scope", "Owner", "Created", "Last used", actionsColumn]}>
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
                    <Button variant="ghost" size="sm" onClick={() => revoke.ask(apiKey)}>
                      Revoke
                    </Button>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke “${revoke.target?.name ?? "key"}”?`}
        description="Scripts using this key stop working immediately. This cannot be undone."
        confirmLabel="Revoke key"
      />
    </SettingsSection>
  );
}
