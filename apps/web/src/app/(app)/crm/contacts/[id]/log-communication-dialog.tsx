"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { Segmented } from "~/components/ui/segmented";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type LogInput = RouterInputs["crm"]["contacts"]["logCommunication"];
type CommunicationType = LogInput["type"];
type Sentiment = NonNullable<LogInput["sentiment"]>;

const typeOptions = [
  { value: "call", label: "Call" },
  { value: "email", label: "Email" },
  { value: "meeting", label: "Meeting" },
  { value: "note", label: "Note" },
] as const satisfies readonly { value: CommunicationType; label: string }[];

const emptyForm = { type: "call" as CommunicationType, subject: "", summary: "", sentiment: "" as Sentiment | "" };

export function LogCommunicationDialog({ open, onClose, contactId }: { open: boolean; onClose: () => void; contactId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(emptyForm);
  const log = useMutation(
    trpc.crm.contacts.logCommunication.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        close();
      },
    }),
  );
  const problem = log.error ? describeApiError(log.error) : null;

  function close() {
    log.reset();
    setValues(emptyForm);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    log.mutate({
      contactId,
      type: values.type,
      subject: values.subject.trim() || undefined,
      summary: values.summary,
      sentiment: values.sentiment || undefined,
    });
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Log communication"
      description="It goes on the timeline; calls, emails and meetings also count as the last contact."
      data-testid="log-communication-dialog"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {problem && !problem.fieldErrors.summary ? <Alert tone="error">{problem.message}</Alert> : null}
        <Segmented label="Kind" options={typeOptions} value={values.type} onChange={(type) => setValues({ ...values, type })} testId="communication-type" />
        <TextField label="Subject" name="subject" placeholder="e.g. Renewal check-in" value={values.subject} onChange={(event) => setValues({ ...values, subject: event.target.value })} error={fieldMessage("Subject", problem?.fieldErrors.subject)} />
        <TextAreaField
          label="Summary"
          name="summary"
          required
          rows={4}
          placeholder="What was said or agreed"
          value={values.summary}
          onChange={(event) => setValues({ ...values, summary: event.target.value })}
          error={fieldMessage("Summary", problem?.fieldErrors.summary)}
        />
        <SelectField
          label="How did it go?"
          name="sentiment"
          value={values.sentiment}
          onChange={(event) => setValues({ ...values, sentiment: event.target.value as Sentiment | "" })}
          error={fieldMessage("Sentiment", problem?.fieldErrors.sentiment)}
        >
          <option value="">Not recorded</option>
          <option value="positive">Positive</option>
          <option value="neutral">Neutral</option>
          <option value="negative">Negative</option>
        </SelectField>
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={log.isPending}>
            {log.isPending ? "Saving…" : "Log it"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
