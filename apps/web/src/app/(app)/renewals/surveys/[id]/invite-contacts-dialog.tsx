"use client";

import { useState } from "react";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { Button } from "~/components/ui/button";
import { CopyButton } from "~/components/ui/copy-button";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { absoluteUrl } from "../survey-labels";

/** Invites contacts one by one; each gets a link of their own, shown once (delivery comes with the inbox). */
export function InviteContactsDialog({ surveyId, onClose }: { surveyId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const [picked, setPicked] = useState<PickedContact[]>([]);
  const form = useFormMutation(
    trpc.renewals.surveys.invite.mutationOptions(),
    { initialValues: {}, fields: ["contactIds"], invalidates: [trpc.renewals.surveys.pathFilter()], onClose },
  );
  const sent = form.mutation.data;
  const nameOf = (contactId: string) => picked.find((contact) => contact.id === contactId)?.name ?? contactId;

  return (
    <FormDialog
      form={form}
      title="Invite contacts"
      description="Each contact gets a link that takes one answer. Inviting someone again replaces their unanswered link."
      testId="invite-survey-dialog"
      onSubmit={() => form.mutation.mutate({ id: surveyId, contactIds: picked.map((contact) => contact.id) })}
      submitLabel={`Invite ${picked.length || ""}`.trim()}
      pendingLabel="Inviting…"
      done={
        sent ? (
          <div className="space-y-3 text-sm" data-testid="survey-invites">
            <ul className="space-y-2">
              {sent.invites.map((invite) => (
                <li key={invite.contactId} className="flex items-center justify-between gap-2">
                  <span className="truncate">{nameOf(invite.contactId)}</span>
                  <CopyButton value={absoluteUrl(invite.url)} label="Copy link" />
                </li>
              ))}
            </ul>
            {sent.skipped.length > 0 ? (
              <p className="text-zinc-600">
                Skipped: {sent.skipped.map((skip) => `${nameOf(skip.contactId)} (${humanize(skip.reason)})`).join(", ")}
              </p>
            ) : null}
            <div className="flex justify-end">
              <Button onClick={onClose}>Done</Button>
            </div>
          </div>
        ) : undefined
      }
    >
      <ContactPicker
        label="Add a contact"
        value={null}
        onChange={(contact) => contact && setPicked((current) => (current.some((item) => item.id === contact.id) ? current : [...current, contact]))}
        error={form.errorOf("contactIds", "Contacts")}
      />
      {picked.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5">
          {picked.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="rounded-full bg-zinc-100 px-2.5 py-1 text-xs text-zinc-700 hover:bg-zinc-200" onClick={() => setPicked((current) => current.filter((item) => item.id !== contact.id))}>
                {contact.name} ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </FormDialog>
  );
}
