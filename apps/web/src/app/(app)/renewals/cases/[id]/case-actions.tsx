"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormBody, FormDialog, useFormMutation } from "~/components/ui/form";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { channelLabels, lostReasonLabels, outcomeLabels, paymentStatusLabels } from "../../renewal-labels";

type Case = RouterOutputs["renewals"]["cases"]["get"];
type Dialog = "renew" | "lost" | "escalate" | null;

const amount = (value: string) => (value.trim() === "" ? undefined : Number(value));

/** What an agent does on an open case: log a call, note, record payment, renew, mark lost, escalate. */
export function CaseActions({ item, canWrite, canEscalate, onChanged }: { item: Case; canWrite: boolean; canEscalate: boolean; onChanged: () => void }) {
  const trpc = useTRPC();
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = { onSuccess: () => onChanged() };
  const closeDialog = () => setDialog(null);
  const doneInDialog = { onSuccess: () => (closeDialog(), onChanged()) };

  const attempt = useFormMutation(trpc.renewals.cases.logContactAttempt.mutationOptions(done), { initialValues: { channel: "call", outcome: "reached", note: "" }, fields: ["channel", "outcome", "note"] });
  const note = useFormMutation(trpc.renewals.cases.addNote.mutationOptions(done), { initialValues: { note: "" }, fields: ["note"] });
  const payment = useFormMutation(trpc.renewals.cases.update.mutationOptions(done), {
    initialValues: { paymentStatus: item.payment.status, paymentAmount: item.payment.amount?.toString() ?? "", paymentMethod: item.payment.method ?? "" },
    fields: ["paymentStatus", "paymentAmount", "paymentMethod"],
  });
  const renew = useFormMutation(trpc.renewals.cases.markRenewed.mutationOptions(doneInDialog), {
    initialValues: { premium: (item.renewalPremium ?? item.priorPremium).toString() },
    fields: ["premium"],
    onClose: closeDialog,
  });
  const lost = useFormMutation(trpc.renewals.cases.markLost.mutationOptions(doneInDialog), { initialValues: { reason: "price", note: "" }, fields: ["reason", "note"], onClose: closeDialog });
  const escalate = useFormMutation(trpc.renewals.cases.escalate.mutationOptions(doneInDialog), { initialValues: { reason: "", priority: "" }, fields: ["reason", "priority"], onClose: closeDialog });
  const escalateButton = canEscalate ? (
    <Button variant="secondary" onClick={() => setDialog("escalate")} data-testid="open-escalate">
      Escalate
    </Button>
  ) : null;

  return (
    <div className="space-y-6">
      {canWrite ? (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => setDialog("renew")} data-testid="open-renew">
            Mark renewed
          </Button>
          <Button variant="secondary" onClick={() => setDialog("lost")} data-testid="open-lost">
            Mark lost
          </Button>
          {escalateButton}
        </div>
      ) : (
        escalateButton
      )}

      {canWrite ? (
        <>
          <section className="rounded-xl border border-zinc-200 p-4" aria-label="Record payment">
            <h2 className="mb-3 text-sm font-semibold text-zinc-900">Record payment</h2>
            <FormBody
              banner={payment.banner}
              pending={payment.pending}
              submitLabel="Save payment"
              pendingLabel="Saving…"
              testId="payment-form"
              onSubmit={() =>
                payment.mutation.mutate({
                  id: item.id,
                  paymentStatus: payment.values.paymentStatus,
                  paymentAmount: amount(payment.values.paymentAmount) ?? null,
                  paymentMethod: payment.values.paymentMethod || null,
                  paymentDate: new Date(),
                })
              }
            >
              <SelectField {...payment.field("paymentStatus", "Status")} data-testid="payment-status-field">
                <Options options={paymentStatusLabels} />
              </SelectField>
              <TextField {...payment.field("paymentAmount", "Amount")} inputMode="decimal" data-testid="payment-amount" />
              <TextField {...payment.field("paymentMethod", "Method")} placeholder="card, bank transfer…" />
            </FormBody>
          </section>
          <section className="rounded-xl border border-zinc-200 p-4" aria-label="Log contact attempt">
            <h2 className="mb-3 text-sm font-semibold text-zinc-900">Log contact attempt</h2>
            <FormBody
              banner={attempt.banner}
              pending={attempt.pending}
              submitLabel="Log attempt"
              pendingLabel="Logging…"
              onSubmit={() =>
                attempt.mutation.mutate({
                  id: item.id,
                  channel: attempt.values.channel as Case["attempts"][number]["channel"],
                  outcome: attempt.values.outcome as Case["attempts"][number]["outcome"],
                  note: attempt.values.note || undefined,
                })
              }
            >
              <SelectField {...attempt.field("channel", "Channel")}>
                <Options options={channelLabels} />
              </SelectField>
              <SelectField {...attempt.field("outcome", "Outcome")}>
                <Options options={outcomeLabels} />
              </SelectField>
              <TextField {...attempt.field("note", "Note")} />
            </FormBody>
          </section>
          <section className="rounded-xl border border-zinc-200 p-4" aria-label="Add note">
            <FormBody banner={note.banner} pending={note.pending} submitLabel="Add note" pendingLabel="Adding…" testId="note-form" onSubmit={() => note.mutation.mutate({ id: item.id, note: note.values.note }, { onSuccess: () => note.setValues({ note: "" }) })}>
              <TextAreaField {...note.field("note", "Note")} data-testid="note-field" />
            </FormBody>
          </section>
        </>
      ) : null}

      <FormDialog
        form={renew}
        open={dialog === "renew"}
        title="Mark renewed"
        description="The policy moves to its next term at this premium."
        testId="renew-dialog"
        submitLabel="Renew"
        pendingLabel="Renewing…"
        onSubmit={() => renew.mutation.mutate({ id: item.id, premium: amount(renew.values.premium) })}
      >
        <TextField {...renew.field("premium", "Renewal premium")} inputMode="decimal" data-testid="renew-premium" />
      </FormDialog>
      <FormDialog
        form={lost}
        open={dialog === "lost"}
        title="Mark lost"
        description="The case closes as lost and the policy is not renewed."
        testId="lost-dialog"
        submitLabel="Mark lost"
        pendingLabel="Saving…"
        onSubmit={() => lost.mutation.mutate({ id: item.id, reason: lost.values.reason as NonNullable<Case["lost"]>["reason"], note: lost.values.note || undefined })}
      >
        <SelectField {...lost.field("reason", "Reason")}>
          <Options options={lostReasonLabels} />
        </SelectField>
        <TextField {...lost.field("note", "Note")} />
      </FormDialog>
      <FormDialog
        form={escalate}
        open={dialog === "escalate"}
        title="Escalate"
        description="Raises the priority and flags the case for your manager."
        testId="escalate-dialog"
        submitLabel="Escalate"
        pendingLabel="Escalating…"
        onSubmit={() =>
          escalate.mutation.mutate({ id: item.id, reason: escalate.values.reason, priority: (escalate.values.priority || undefined) as Case["priority"] | undefined })
        }
      >
        <TextAreaField {...escalate.field("reason", "Reason")} data-testid="escalate-reason" />
        <SelectField {...escalate.field("priority", "Priority")}>
          <option value="">One step up</option>
          <Options options={{ high: "High", urgent: "Urgent" }} />
        </SelectField>
      </FormDialog>
    </div>
  );
}
