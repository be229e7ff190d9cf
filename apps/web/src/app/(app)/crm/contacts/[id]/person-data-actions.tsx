"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "~/components/ui/button";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { downloadBlob } from "~/components/ui/export-csv-button";
import { useToast } from "~/components/ui/toast";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";

/**
 * A person's data rights on their contact page: "Export data" (everything held, as a zip of JSON
 * and CSV files; person-data:export) and "Erase" (anonymize, after a confirmation; person-data:erase).
 * Both are audited on the server; each button shows only to whom its capability allows.
 */
export function PersonDataActions({ contact, canExport, canErase }: { contact: { id: string; name: string }; canExport: boolean; canErase: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const exporting = useMutation(
    trpc.crm.contacts.exportData.mutationOptions({
      onSuccess: (result) => {
        const bytes = Uint8Array.from(atob(result.contentBase64), (character) => character.charCodeAt(0));
        downloadBlob(result.filename, new Blob([bytes], { type: "application/zip" }));
        toast(`Exported everything held about ${contact.name}.`, "success");
      },
      onError: (error) => toast(`Could not export: ${describeApiError(error).message}`, "error"),
    }),
  );
  const erase = useConfirmedMutation(
    trpc.crm.contacts.erase.mutationOptions({
      onSuccess: async () => {
        toast("The contact's personal data was erased.", "success");
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
    }),
    (id: string) => ({ id }),
  );
  if (!canExport && !canErase) return null;
  return (
    <>
      {canExport ? (
        <Button variant="secondary" onClick={() => exporting.mutate({ id: contact.id })} disabled={exporting.isPending} data-testid="export-person-data">
          {exporting.isPending ? "Exporting…" : "Export data"}
        </Button>
      ) : null}
      {canErase ? (
        <Button variant="ghost" onClick={() => erase.ask(contact.id)} data-testid="erase-person-data">
          Erase personal data
        </Button>
      ) : null}
      <ConfirmDialog
        {...erase.dialog}
        title={`Erase ${contact.name}'s personal data?`}
        description="Name, email, phone, address, date of birth and notes are cleared, and the texts of their timeline, deals, tasks and tickets are redacted. Policies, premiums and deal values stay. This cannot be undone."
        confirmLabel="Erase for good"
      />
    </>
  );
}
