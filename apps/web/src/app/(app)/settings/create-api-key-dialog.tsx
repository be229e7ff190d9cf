"use client";

import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { SecretValue } from "~/components/ui/secret-value";
import { useTRPC } from "~/trpc/react";

export const apiKeyScopeLabels = { read: "Read only", write: "Read and write", admin: "Admin (can create keys)" } as const;
type ApiKeyScopeName = keyof typeof apiKeyScopeLabels;

export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const form = useFormMutation(
    trpc.settings.apiKeys.create.mutationOptions(),
    { initialValues: { name: "", scope: "write" as ApiKeyScopeName, expiresOn: "" }, fields: ["name", "scope", "expiresAt"], invalidates: [trpc.settings.apiKeys.pathFilter()], onClose },
  );

  const created = form.mutation.data;
  return (
    <FormDialog
      form={form}
      open={open}
      title={created ? "Copy your new API key" : "Create an API key"}
      description={created ? undefined : "Name it after the script or system that will use it."}
      testId="create-api-key-dialog"
      onSubmit={() =>
        form.mutation.mutate({
          name: form.values.name,
          scope: form.values.scope,
          // The end of the chosen day, in the browser's time zone.
          expiresAt: form.values.expiresOn ? new Date(`${form.values.expiresOn}T23:59:59`) : null,
        })
      }
      submitLabel="Create key"
      pendingLabel="Creating…"
      done={
        created ? (
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
              <Button onClick={form.close}>Done</Button>
            </div>
          </div>
        ) : undefined
      }
    >
      <TextField {...form.field("name", "Name")} label="Key name" placeholder="e.g. Nightly policy import" required autoFocus />
      <SelectField {...form.field("scope", "Scope")} hint="A read-only key cannot change anything; only an admin key can create other keys.">
        <Options options={apiKeyScopeLabels} />
      </SelectField>
      <TextField
        {...form.field("expiresOn", "Expires")}
        error={form.errorOf("expiresAt", "Expiry")}
        type="date"
        hint="Optional. The key stops working after this day."
      />
    </FormDialog>
  );
}
