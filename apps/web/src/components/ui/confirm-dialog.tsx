"use client";

import { type UseMutationOptions, useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { describeApiError } from "~/lib/api-errors";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, description, confirmLabel, pending, error, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} title={title} description={description} data-testid="confirm-dialog">
      {error ? (
        <Alert tone="error" className="mb-4">
          {error}
        </Alert>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm} disabled={pending}>
          {pending ? "Working…" : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

/**
 * A mutation that asks first: `ask(target)` opens the confirmation (clearing the last error), and
 * `dialog` holds the ConfirmDialog's open, pending, error, cancel and confirm; a success closes it.
 */
export function useConfirmedMutation<TTarget, TData, TError, TVariables, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  variablesOf: (target: TTarget) => TVariables,
) {
  const [target, setTarget] = useState<TTarget | null>(null);
  const mutation = useMutation({
    ...options,
    onSuccess: async (...args) => {
      setTarget(null);
      await options.onSuccess?.(...args);
    },
  });
  return {
    target,
    mutation,
    ask: (next: TTarget) => {
      mutation.reset();
      setTarget(next);
    },
    dialog: {
      open: target !== null,
      pending: mutation.isPending,
      error: mutation.error ? describeApiError(mutation.error).message : null,
      onCancel: () => setTarget(null),
      onConfirm: () => {
        if (target !== null) mutation.mutate(variablesOf(target));
      },
    } satisfies Partial<ConfirmDialogProps>,
  };
}
