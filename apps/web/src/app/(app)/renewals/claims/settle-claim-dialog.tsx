"use client";

import { TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { Claim } from "./claims-view";

export function SettleClaimDialog({ claim, onClose }: { claim: Pick<Claim, "id" | "claimNumber" | "claimAmount">; onClose: () => void }) {
  const trpc = useTRPC();
  const form = useFormMutation(
    trpc.renewals.claims.updateStatus.mutationOptions({ onSuccess: onClose }),
    {
      invalidates: [trpc.renewals.claims.pathFilter()],
      initialValues: { settlementAmount: String(claim.claimAmount), settlementDate: toDateInputValue(new Date()) },
      fields: ["settlementAmount", "settlementDate"],
      onClose,
    },
  );

  function submit() {
    form.mutation.mutate({
      id: claim.id,
      status: "settled",
      settlementAmount: form.values.settlementAmount === "" ? Number.NaN : Number(form.values.settlementAmount),
      settlementDate: fromDateInputValue(form.values.settlementDate),
    });
  }

  return (
    <FormDialog form={form} title={`Settle ${claim.claimNumber}`} testId="settle-claim-dialog" onSubmit={submit} submitLabel="Settle claim" pendingLabel="Settling…">
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("settlementAmount", "Settlement amount")} type="number" min="0" step="0.01" required autoFocus />
        <TextField {...form.field("settlementDate", "Settlement date")} type="date" />
      </div>
    </FormDialog>
  );
}
