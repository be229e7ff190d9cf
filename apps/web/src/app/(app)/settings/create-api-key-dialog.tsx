"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { TextField } from "~/components/ui/field";
import { SecretValue } from "~/components/ui/secret-value";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";

export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.settings.apiKeys.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.settings.apiKeys.pathFilter()),
    }),
  );
  const problem = create.error ? describeApiError(create.error) : null;

  function close() {
    create.reset();
    setName("");
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ name });
  }

  const created = create.data;
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? "Copy your new API key" : "Create an API key"}
      description={created ? undefined : "Name it after the script or system that will use it."}
      data-testid="create-api-key-dialog"
    >
      {created ? (
        <div className="space-y-4">
          <SecretValue value={created.key} testId="new-api-key" />
          <Alert tone="warning" data-testid="new-api-key-warning">
            This is the only time the full key is shown. Store it somewhere safe, such as your secret manager; Harbor keeps only
            a hash of it.
          </Alert>
          <p className="text-xs text-zinc-500">
            Send it as <code className="font-mono">Authorization: Bearer {created.prefix}…</code>
          </p>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate>
          {problem && !problem.fieldErrors.name ? <Alert tone="error">{problem.message}</Alert> : null}
          <TextField
            label="Key name"
            name="name"
            placeholder="e.g. Nightly policy import"
            required
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldMessage("Name", problem?.fieldErrors.name)}
          />
          <div className="flex justify-end gap-2 pt-1">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Creating…" : "Create key"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
