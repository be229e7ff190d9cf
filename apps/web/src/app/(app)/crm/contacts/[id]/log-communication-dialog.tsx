"use client";

import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { Segmented } from "~/components/ui/segmented";
import { optionsFrom } from "~/components/ui/options";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type LogInput = RouterInputs["crm"]["contacts"]["logCommunication"];
type CommunicationType = LogInput["type"];
type Sentiment = NonNullable<LogInput["sentiment"]>;

const typeOptions = optionsFrom<CommunicationType>({ call: "Call", email: "Email", meeting: "Meeting", note: "Note" });

const emptyForm = { type: "call" as CommunicationType, subject: "", summary: "", sentiment: "" as Sentiment | "" };

export function LogCommunicationDialog({ open, onClose, contactId }: { open: boolean; onClose: () => void; contactId: string }) {
  const trpc = useTRPC();
  const form = useFormMutation(trpc.crm.contacts.logCommunication.mutationOptions(), {
    initialValues: emptyForm,
    fields: Object.keys(emptyForm),
    onClose,
    closeOnSuccess: true,
    invalidates: [trpc.crm.contacts.pathFilter()],
    toInput: ({ subject, sentiment, ...values }) => ({ ...values, contactId, subject: subject.trim() || undefined, sentiment: sentiment || undefined }),
  });

  return (
    <FormDialog
      form={form}
      open={open}
      title="Log communication"
      description="It goes on the timeline; calls, emails and meetings also count as the last contact."
      testId="log-communication-dialog"
      submitLabel="Log it"
      pendingLabel="Saving…"
    >
      <Segmented label="Kind" options={typeOptions} value={form.values.type} onChange={(type) => form.setValue("type", type)} testId="communication-type" />
      <TextField {...form.field("subject", "Subject")} placeholder="e.g. Renewal check-in" />
      <TextAreaField {...form.field("summary", "Summary")} required rows={4} placeholder="What was said or agreed" />
      <SelectField {...form.field("sentiment", "Sentiment")} label="How did it go?">
        <option value="">Not recorded</option>
        <option value="positive">Positive</option>
        <option value="neutral">Neutral</option>
        <option value="negative">Negative</option>
      </SelectField>
    </FormDialog>
  );
}
