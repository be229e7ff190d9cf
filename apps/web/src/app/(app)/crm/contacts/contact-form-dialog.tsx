"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { useAssigningViewer } from "~/components/crm/use-assigning-viewer";
import { Options, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { blankAsNull, createOrUpdate, FormDialog, useFormMutation } from "~/components/ui/form";
import { fromDateInputValue, toDateInputValue } from "~/lib/format";
import { parseTags } from "~/lib/tags";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";
import { sentimentLabels } from "./contact-labels";
import { DuplicateContactWarning } from "./duplicate-contact-warning";

type Contact = RouterOutputs["crm"]["contacts"]["get"];
type ContactInput = RouterInputs["crm"]["contacts"]["create"];
type Channel = NonNullable<NonNullable<ContactInput["communicationPreferences"]>["preferredChannel"]>;

const addressFields = ["line1", "line2", "city", "region", "postalCode", "country"] as const;
const channelOptions = { "": "No preference", email: "Email", phone: "Phone", sms: "Text message", whatsapp: "WhatsApp" } satisfies Record<Channel | "", string>;

function initialValues(contact?: Contact) {
  const address = contact?.address ?? {};
  const preferences = contact?.communicationPreferences ?? {};
  const preferredChannel: Channel | "" = preferences.preferredChannel ?? "";
  return {
    name: contact?.name ?? "",
    email: contact?.email ?? "",
    phone: contact?.phone ?? "",
    company: contact?.company ?? "",
    title: contact?.title ?? "",
    customerCode: contact?.customerCode ?? "",
    dateOfBirth: toDateInputValue(contact?.dateOfBirth),
    tags: contact?.tags.join(", ") ?? "",
    sentiment: contact?.sentiment ?? "neutral",
    lastContactAt: toDateInputValue(contact?.lastContactAt),
    nextFollowUpAt: toDateInputValue(contact?.nextFollowUpAt),
    notes: contact?.notes ?? "",
    ...Object.fromEntries(addressFields.map((field) => [field, address[field] ?? ""])) as Record<(typeof addressFields)[number], string>,
    preferredChannel,
    bestTimeToContact: preferences.bestTimeToContact ?? "",
    language: preferences.language ?? "",
    doNotEmail: preferences.doNotEmail ?? false,
    doNotCall: preferences.doNotCall ?? false,
  };
}

type FormValues = ReturnType<typeof initialValues>;

/** A date field as input: left out while it shows the day it started with (a stored time of day is kept). */
function changedDay(value: string, initial: string) {
  return value === initial ? {} : { value: fromDateInputValue(value) ?? null };
}

/** The API's input from the form: blank text is null (cleared), an address or preferences with nothing in them is null. */
function toInput(values: FormValues, initial: FormValues, ownerId: string | null): ContactInput {
  const { name, tags, sentiment, dateOfBirth, lastContactAt, nextFollowUpAt, preferredChannel, bestTimeToContact, language, doNotEmail, doNotCall, ...rest } = values;
  const address = blankAsNull(Object.fromEntries(addressFields.map((field) => [field, rest[field]])) as Record<(typeof addressFields)[number], string>);
  const text = blankAsNull({ email: rest.email, phone: rest.phone, company: rest.company, title: rest.title, customerCode: rest.customerCode, notes: rest.notes });
  const preferences = { ...(preferredChannel ? { preferredChannel } : {}), ...blankAsNull({ bestTimeToContact, language }), doNotEmail, doNotCall };
  const hasPreferences = Boolean(preferredChannel || bestTimeToContact.trim() || language.trim() || doNotEmail || doNotCall);
  return {
    name,
    ...text,
    tags: parseTags(tags),
    sentiment,
    ...(["dateOfBirth", "lastContactAt", "nextFollowUpAt"] as const).reduce((dates, field) => {
      const day = changedDay({ dateOfBirth, lastContactAt, nextFollowUpAt }[field], initial[field]);
      return "value" in day ? { ...dates, [field]: day.value } : dates;
    }, {}),
    address: Object.values(address).some((value) => value !== null) ? address : null,
    communicationPreferences: hasPreferences ? preferences : null,
    ...(ownerId ? { ownerId } : {}),
  };
}

/** Creates a contact (then opens it), or edits the one given: every field the API takes. */
export function ContactFormDialog({ open, onClose, contact }: { open: boolean; onClose: () => void; contact?: Contact }) {
  const trpc = useTRPC();
  const { create, update } = useTRPCClient().crm.contacts;
  const router = useRouter();
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const viewer = useAssigningViewer();
  const [ownerId, setOwnerId] = useState<string | null>(contact?.owner?.id ?? null);
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
      fields: [...Object.keys(initialValues()), ...addressFields.map((field) => `address.${field}`), "ownerId", "communicationPreferences.bestTimeToContact", "communicationPreferences.language", "duplicateOf"],
      onClose,
      invalidates: [trpc.crm.contacts.pathFilter()],
      toInput: (values) => ({ ...toInput(values, initialValues(contact), ownerId), ...(contact ? {} : { allowDuplicate }) }),
    },
  );
  const addressField = (field: (typeof addressFields)[number], label: string) => ({ ...form.field(field, label), error: form.errorOf(`address.${field}`, label) });
  const checkbox = (field: "doNotEmail" | "doNotCall", label: string) => (
    <label className="flex items-center gap-2 text-sm text-zinc-700">
      <input type="checkbox" checked={form.values[field]} onChange={(event) => form.setValue(field, event.target.checked)} className="size-4 rounded border-zinc-300 accent-indigo-600" />
      {label}
    </label>
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
        <TextField {...form.field("customerCode", "Customer code")} />
        <TextField {...form.field("dateOfBirth", "Date of birth")} type="date" />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-zinc-900">Address</legend>
        <TextField {...addressField("line1", "Street")} />
        <TextField {...addressField("line2", "Apartment, suite")} />
        <div className="grid grid-cols-2 gap-3">
          <TextField {...addressField("city", "City")} />
          <TextField {...addressField("region", "State / region")} />
          <TextField {...addressField("postalCode", "Postal code")} />
          <TextField {...addressField("country", "Country")} />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-zinc-900">Communication preferences</legend>
        <div className="grid grid-cols-2 gap-3">
          <SelectField {...form.field("preferredChannel", "Preferred channel")}>
            <Options options={channelOptions} />
          </SelectField>
          <TextField {...form.field("bestTimeToContact", "Best time to contact")} error={form.errorOf("communicationPreferences.bestTimeToContact", "Best time to contact")} />
          <TextField {...form.field("language", "Language")} error={form.errorOf("communicationPreferences.language", "Language")} />
          <div className="flex flex-col justify-end gap-1.5 pb-1">
            {checkbox("doNotEmail", "Do not email")}
            {checkbox("doNotCall", "Do not call")}
          </div>
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <SelectField {...form.field("sentiment", "Sentiment")}>
          <Options options={sentimentLabels} />
        </SelectField>
        {viewer?.canAssignOthers ? (
          <AssigneeSelect label="Owner" value={ownerId ?? viewer.currentUserId} onChange={setOwnerId} currentUserId={viewer.currentUserId} error={form.errorOf("ownerId", "Owner")} />
        ) : null}
        <TextField {...form.field("lastContactAt", "Last contact")} type="date" />
        <TextField {...form.field("nextFollowUpAt", "Next follow-up")} type="date" />
      </div>
      <DuplicateContactWarning
        keys={{ name: form.values.name, email: form.values.email, phone: form.values.phone, ...(contact ? { exceptId: contact.id } : {}) }}
        {...(contact ? {} : { allowDuplicate, onAllowDuplicate: setAllowDuplicate })}
      />
      <TextField {...form.field("tags", "Tags")} placeholder="e.g. auto, home, referral" hint="Separate tags with commas." />
      <TextAreaField {...form.field("notes", "Notes")} />
    </FormDialog>
  );
}
