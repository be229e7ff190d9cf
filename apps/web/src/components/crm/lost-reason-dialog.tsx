"use client";

import { useState } from "react";
import { Dialog } from "~/components/ui/dialog";
import { TextAreaField } from "~/components/ui/field";
import { FormBody } from "~/components/ui/form";

/**
 * Asks why `deal` was lost before it moves to Closed lost (the API requires the reason); shown while
 * `deal` is set. Either answer closes it first (`onClose`); a reason then goes to `onLost`.
 */
export function LostReasonDialog<T extends { title: string }>({ deal, onClose, onLost }: { deal: T | null; onClose: () => void; onLost: (deal: T, reason: string) => void }) {
  if (!deal) return null;
  return (
    <ReasonDialog
      title={deal.title}
      onCancel={onClose}
      onConfirm={(reason) => {
        onClose();
        onLost(deal, reason);
      }}
    />
  );
}

/** Mounted only while open, so each question starts empty. */
function ReasonDialog({ title, onConfirm, onCancel }: { title: string; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <Dialog open onClose={onCancel} title={`Why was “${title}” lost?`} description="The reason is kept on the deal and its timeline." data-testid="lost-reason-dialog">
      <FormBody
        banner={null}
        pending={false}
        onCancel={onCancel}
        submitLabel="Mark as lost"
        pendingLabel="Saving…"
        onSubmit={() => {
          if (reason.trim() === "") setMissing(true);
          else onConfirm(reason.trim());
        }}
      >
        <TextAreaField
          label="Lost reason"
          name="lostReason"
          rows={2}
          required
          autoFocus
          placeholder="e.g. Chose a cheaper carrier"
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          error={missing ? "Lost reason is required" : undefined}
        />
      </FormBody>
    </Dialog>
  );
}
