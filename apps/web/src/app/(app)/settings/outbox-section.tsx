"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ListFooter, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { describeApiError } from "~/lib/api-errors";
import { formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { SettingsSection } from "./settings-section";

const statusTones = { queued: "amber", sent: "green", failed: "red" } as const;

/** Every mail Harbor sent for the agency; without SMTP this is where reset and verification links are read. */
export function OutboxSection() {
  const trpc = useTRPC();
  const mails = useInfiniteQuery(trpc.settings.outbox.list.infiniteQueryOptions({ limit: 20 }, nextCursorPages));
  const { rows } = pagedRows(mails.data);
  return (
    <SettingsSection
      id="outbox"
      title="Mail outbox"
      description="Every mail Harbor sent. Without SMTP configured (SMTP_URL) mails are delivered here only; with SMTP, links in them are hidden once sent."
    >
      {mails.isError ? (
        <Alert tone="error">{describeApiError(mails.error).message}</Alert>
      ) : mails.isPending ? (
        <p className="text-sm text-zinc-500">Loading mails…</p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-zinc-500" data-testid="outbox-empty">
          No mail sent yet.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" data-testid="outbox">
          {rows.map((mail) => (
            <li key={mail.id} className="px-4 py-3" data-testid="outbox-mail">
              <details>
                <summary className="flex cursor-pointer items-center gap-3 text-sm">
                  <span className="font-medium text-zinc-900">{mail.subject}</span>
                  <span className="text-zinc-500">to {mail.to}</span>
                  <Badge tone={statusTones[mail.status]}>{mail.status === "sent" && mail.provider === "outbox" ? "kept here" : mail.status}</Badge>
                  <span className="ml-auto whitespace-nowrap text-xs text-zinc-500">{formatRelative(mail.createdAt)}</span>
                </summary>
                {mail.error ? <p className="mt-2 text-xs text-red-600">{mail.error}</p> : null}
                <pre className="mt-2 whitespace-pre-wrap rounded-md bg-zinc-50 p-3 font-sans text-sm text-zinc-700">{mail.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <ListFooter query={mails} />
    </SettingsSection>
  );
}
