"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";

type Channel = RouterInputs["crm"]["dnc"]["add"]["channel"];

const emptyForm = { channel: "email" as Channel, value: "", reason: "" };

export function AddDncDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(emptyForm);
  const add = useMutation(
    trpc.crm.dnc.add.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.crm.dnc.pathFilter());
        close();
      },
    }),
  );
  const problem = add.error ? describeApiError(add.error) : null;

  function close() {
    add.reset();
    setValues(emptyForm);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate({ channel: values.channel, value: values.value, reason: values.reason.trim() || null });
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add to the do-not-contact list"
      description="Harbor stores the address or number in a normalized form, so every spelling of it is caught."
      data-testid="add-dnc-dialog"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {problem && !problem.fieldErrors.value ? <Alert tone="error">{problem.message}</Alert> : null}
        <SelectField
          label="Channel"
          name="channel"
          value={values.channel}
          onChange={(event) => setValues({ ...values, channel: event.target.value as Channel })}
          error={fieldMessage("Channel", problem?.fieldErrors.channel)}
        >
          <option value="email">Email</option>
          <option value="phone">Phone</option>
        </SelectField>
        <TextField
          label={values.channel === "email" ? "Email address" : "Phone number"}
          name="value"
          type={values.channel === "email" ? "email" : "tel"}
          required
          autoFocus
          value={values.value}
          onChange={(event) => setValues({ ...values, value: event.target.value })}
          error={fieldMessage(values.channel === "email" ? "Email address" : "Phone number", problem?.fieldErrors.value)}
        />
        <TextAreaField
          label="Reason"
          name="reason"
          placeholder="e.g. Asked on the phone not to be called again"
          value={values.reason}
          onChange={(event) => setValues({ ...values, reason: event.target.value })}
          error={fieldMessage("Reason", problem?.fieldErrors.reason)}
        />
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add to list"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
