"use client";

import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField } from "~/components/ui/field";
import type { RouterOutputs } from "~/trpc/types";

type UserRow = RouterOutputs["admin"]["users"]["list"]["items"][number];
export type TransferredBook = NonNullable<RouterOutputs["admin"]["users"]["deactivate"]["transferred"]>;

/** The value of "no transfer": the book stays with the deactivated user. */
export const KEEP_BOOK = "keep";

/** "3 leads, 1 contact, 2 deals, 4 tasks and 1 renewal case", leaving out what was none. */
export function describeTransfer(book: TransferredBook): string {
  const parts = (
    [
      [book.leads, "lead", "leads"],
      [book.contacts, "contact", "contacts"],
      [book.opportunities, "deal", "deals"],
      [book.tasks, "task", "tasks"],
      [book.renewalCases, "renewal case", "renewal cases"],
    ] as const
  )
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  if (parts.length === 0) return "no open records";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * Deactivating a user asks who receives their book — open leads, contacts (with their policies),
 * open deals, unfinished tasks and open renewal cases — or to keep it with them.
 */
export function DeactivateUserDialog({
  user,
  receivers,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  user: UserRow | null;
  /** The active colleagues who may receive the book. */
  receivers: readonly UserRow[];
  pending: boolean;
  error: string | null;
  onConfirm: (transferTo: string | undefined) => void;
  onCancel: () => void;
}) {
  const [choice, setChoice] = useState("");
  const close = () => {
    setChoice("");
    onCancel();
  };
  return (
    <Dialog
      open={user !== null}
      onClose={close}
      title={`Deactivate ${user?.name ?? "user"}?`}
      description="They will be signed out of Harbor and their API keys stop working. You can reactivate them later."
      data-testid="deactivate-user-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) onConfirm(choice === KEEP_BOOK ? undefined : choice);
        }}
        className="space-y-4"
      >
        {error ? <Alert tone="error">{error}</Alert> : null}
        <SelectField
          label="Who receives their book?"
          hint="Their open leads, contacts with their policies, open deals, unfinished tasks and open renewal cases move in one step."
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          required
          data-testid="transfer-to"
        >
          <option value="">Choose a colleague…</option>
          {receivers.map((receiver) => (
            <option key={receiver.id} value={receiver.id}>
              {`${receiver.name} · ${receiver.email}`}
            </option>
          ))}
          <option value={KEEP_BOOK}>{`Nobody: keep the records with ${user?.name ?? "them"}`}</option>
        </SelectField>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={pending || !choice} data-testid="confirm-deactivate">
            {pending ? "Working…" : "Deactivate"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
