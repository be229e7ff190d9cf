"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextAreaField, TextField } from "~/components/ui/field";
import { blankAsNull, createOrUpdate, FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { DuplicateContactWarning } from "./duplicate-contact-warning";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

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
  const { create, update } = useTRPCClient().crm.contacts;
  const router = useRouter();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const form = useFormMutation(
    {
      mutationFn: createOrUpdate(contact, create.mutate, update.mutate),
      onSuccess: (saved: { id: string }) => {
        if (contact) form.close();
        else router.push(`/crm/contacts/${saved.id}`);
      },
    },
    {
      initialValues: () => initialValues(contact),
      // duplicateOf (the CONFLICT's match) is shown by DuplicateContactWarning, not the banner.
      fields: [...Object.keys(initialValues()), "duplicateOf"],
      onClose,
      invalidates: [trpc.crm.contacts.pathFilter()],
      toInput: ({ name, tags, nextFollowUpAt, ...optional }) => ({
        name,
        ...blankAsNull(optional),
        tags: parseTags(tags),
        nextFollowUpAt: fromDateInputValue(nextFollowUpAt) ?? null,
        ...(contact ? {} : { allowDuplicate }),
      }),
    },
  );


  return (
    <FormDialog
      form={form}
      open={open}
      title={contact ? `Edit ${contact.name}` : "New contact"}
      description={contact ? undefined : "Health score and churn risk are computed from the contact's activity once you start working with them."}
      testId="contact-form-dialog"
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
      <DuplicateContactWarning
        keys={{ name: form.values.name, email: form.values.email, phone: form.values.phone, ...(contact ? { exceptId: contact.id } : {}) }}
        {...(contact ? {} : { allowDuplicate, onAllowDuplicate: setAllowDuplicate })}
      />
      <TextField {...form.field("tags", "Tags")} placeholder="e.g. auto, home, referral" hint="Separate tags with commas." />
      <TextField {...form.field("nextFollowUpAt", "Next follow-up")} type="date" />
      <TextAreaField {...form.field("notes", "Notes")} />
    </FormDialog>
  );
}
