"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { TextAreaField, TextField } from "~/components/ui/field";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

interface FormValues {
  name: string;
  email: string;
  phone: string;
  company: string;
  title: string;
  tags: string;
  nextFollowUpAt: string;
  notes: string;
}

function initialValues(contact?: Contact): FormValues {
  return {
    name: contact?.name ?? "",
    email: contact?.email ?? "",
    phone: contact?.phone ?? "",
    company: contact?.company ?? "",
    title: contact?.title ?? "",
    tags: contact?.tags.join(", ") ?? "",
    nextFollowUpAt: toDateInputValue(contact?.nextFollowUpAt),
    notes: contact?.notes ?? "",
  };
}

/** Creates a contact (then opens it), or edits the one given. */
export function ContactFormDialog({ open, onClose, contact }: { open: boolean; onClose: () => void; contact?: Contact }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => initialValues(contact));
  const create = useMutation(
    trpc.crm.contacts.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        router.push(`/crm/contacts/${created.id}`);
      },
    }),
  );
  const update = useMutation(
    trpc.crm.contacts.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        close();
      },
    }),
  );
  const mutation = contact ? update : create;
  const problem = mutation.error ? describeApiError(mutation.error) : null;

  function close() {
    create.reset();
    update.reset();
    setValues(initialValues(contact));
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = {
      name: values.name,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      company: values.company.trim() || null,
      title: values.title.trim() || null,
      tags: parseTags(values.tags),
      nextFollowUpAt: fromDateInputValue(values.nextFollowUpAt) ?? null,
      notes: values.notes.trim() || null,
    };
    if (contact) update.mutate({ id: contact.id, ...fields });
    else create.mutate(fields);
  }

  const set = (field: keyof FormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const shownFields = ["name", "email", "phone", "company", "title", "tags", "nextFollowUpAt", "notes"];
  const unplacedError = problem && !shownFields.some((field) => problem.fieldErrors[field]);

  return (
    <Dialog
      open={open}
      onClose={close}
      title={contact ? `Edit ${contact.name}` : "New contact"}
      description={contact ? undefined : "Health score and churn risk are computed from the contact's activity once you start working with them."}
      data-testid="contact-form-dialog"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        {unplacedError ? <Alert tone="error">{problem.message}</Alert> : null}
        <TextField label="Name" name="name" required autoFocus value={values.name} onChange={set("name")} error={fieldMessage("Name", problem?.fieldErrors.name)} />
        <div className="grid grid-cols-2 gap-3">
          <TextField label="Email" name="email" type="email" value={values.email} onChange={set("email")} error={fieldMessage("Email", problem?.fieldErrors.email)} />
          <TextField label="Phone" name="phone" type="tel" value={values.phone} onChange={set("phone")} error={fieldMessage("Phone", problem?.fieldErrors.phone)} />
          <TextField label="Company" name="company" value={values.company} onChange={set("company")} error={fieldMessage("Company", problem?.fieldErrors.company)} />
          <TextField label="Job title" name="title" value={values.title} onChange={set("title")} error={fieldMessage("Job title", problem?.fieldErrors.title)} />
        </div>
        <TextField
          label="Tags"
          name="tags"
          placeholder="e.g. auto, home, referral"
          hint="Separate tags with commas."
          value={values.tags}
          onChange={set("tags")}
          error={fieldMessage("Tags", problem?.fieldErrors.tags)}
        />
        <TextField
          label="Next follow-up"
          name="nextFollowUpAt"
          type="date"
          value={values.nextFollowUpAt}
          onChange={set("nextFollowUpAt")}
          error={fieldMessage("Next follow-up", problem?.fieldErrors.nextFollowUpAt)}
        />
        <TextAreaField label="Notes" name="notes" value={values.notes} onChange={set("notes")} error={fieldMessage("Notes", problem?.fieldErrors.notes)} />
        <div className="flex justify-end gap-2 pt-1">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? "Saving…" : contact ? "Save changes" : "Create contact"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
