"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

type Contact = RouterOutputs["crm"]["contacts"]["get"];
type ContactInput = RouterInputs["crm"]["contacts"]["create"];

type FormValues = {
  name: string;
  email: string;
  phone: string;
  company: string;
  title: string;
  tags: string;
  nextFollowUpAt: string;
  notes: string;
};

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
  const client = useTRPCClient();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useFormMutation(
    {
      mutationFn: (input: ContactInput) => (contact ? client.crm.contacts.update.mutate({ id: contact.id, ...input }) : client.crm.contacts.create.mutate(input)),
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        if (contact) close();
        else router.push(`/crm/contacts/${saved.id}`);
      },
    },
    { initialValues: () => initialValues(contact), fields: Object.keys(initialValues()) },
  );
  const { values } = form;

  function close(): void {
    form.reset();
    onClose();
  }

  function submit() {
    form.mutation.mutate({
      name: values.name,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
      company: values.company.trim() || null,
      title: values.title.trim() || null,
      tags: parseTags(values.tags),
      nextFollowUpAt: fromDateInputValue(values.nextFollowUpAt) ?? null,
      notes: values.notes.trim() || null,
    });
  }

  return (
    <FormDialog
      form={form}
      open={open}
      onClose={onClose}
      title={contact ? `Edit ${contact.name}` : "New contact"}
      description={contact ? undefined : "Health score and churn risk are computed from the contact's activity once you start working with them."}
      testId="contact-form-dialog"
      onSubmit={submit}
      submitLabel={contact ? "Save changes" : "Create contact"}
      pendingLabel="Saving…"
    >
      <TextField {...form.field("name", "Name")} required autoFocus />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("email", "Email")} type="email" />
        <TextField {...form.field("phone", "Phone")} type="tel" />
        <TextField {...form.field("company", "Company")} />
        <TextField {...form.field("title", "Job title")} />
      </div>
      <TextField {...form.field("tags", "Tags")} placeholder="e.g. auto, home, referral" hint="Separate tags with commas." />
      <TextField {...form.field("nextFollowUpAt", "Next follow-up")} type="date" />
      <TextAreaField {...form.field("notes", "Notes")} />
    </FormDialog>
  );
}
