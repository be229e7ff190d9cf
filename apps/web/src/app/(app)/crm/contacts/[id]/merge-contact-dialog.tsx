"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ContactMatchSummary } from "~/components/crm/contact-matches";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { formatAddress } from "~/components/crm/format-address";
import { countsText, MergeDialog, type MergeField } from "~/components/crm/merge-dialog";
import { Button } from "~/components/ui/button";
import { formatDay } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

/** The fields crm.contacts.merge lets the user pick, as each contact shows them. */
const contactFields: readonly MergeField<Contact>[] = [
  ["name", "Name", (contact) => contact.name],
  ["email", "Email", (contact) => contact.email ?? ""],
  ["phone", "Phone", (contact) => contact.phone ?? ""],
  ["company", "Company", (contact) => contact.company ?? ""],
  ["title", "Job title", (contact) => contact.title ?? ""],
  ["customerCode", "Customer code", (contact) => contact.customerCode ?? ""],
  ["dateOfBirth", "Date of birth", (contact) => (contact.dateOfBirth ? formatDay(contact.dateOfBirth) : "")],
  ["address", "Address", (contact) => formatAddress(contact.address)],
  ["ownerId", "Owner", (contact) => contact.owner?.name ?? ""],
  ["householdId", "Household", (contact) => contact.household?.name ?? ""],
  ["nextFollowUpAt", "Next follow-up", (contact) => (contact.nextFollowUpAt ? formatDay(contact.nextFollowUpAt) : "")],
  ["sentiment", "Sentiment", (contact) => contact.sentiment],
  ["notes", "Notes", (contact) => contact.notes ?? ""],
];

const moving = (contact: Contact) =>
  countsText([
    [contact.policies.length, "policy", "policies"],
    [contact.opportunities.length, "deal", "deals"],
    [contact.tickets.length, "ticket", "tickets"],
    [contact.openTasks.length, "open task", "open tasks"],
    [contact.timeline.length, "timeline entry", "timeline entries"],
  ]);

/**
 * Merges this contact with another, suggested by the duplicate check or found by name: the other's
 * policies, deals, tickets, tasks and timeline move to the one that stays.
 */
export function MergeContactDialog({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [other, setOther] = useState<PickedContact | null>(null);
  const suggestions = useQuery(
    trpc.crm.contacts.duplicates.queryOptions({ name: contact.name, email: contact.email, phone: contact.phone, dateOfBirth: contact.dateOfBirth, exceptId: contact.id }, { enabled: other === null }),
  );
  const otherContact = useQuery(trpc.crm.contacts.get.queryOptions({ id: other?.id ?? "" }, { enabled: other !== null }));
  const merge = useMutation(
    trpc.crm.contacts.merge.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        onClose();
        router.push(`/crm/contacts/${result.survivorId}`);
      },
    }),
  );

  const picker = (
    <>
      {other === null && suggestions.data?.items.length ? (
        <div className="space-y-1 text-sm" data-testid="merge-suggestions">
          <p className="text-zinc-600">Possible duplicates:</p>
          <ul className="space-y-1">
            {suggestions.data.items.map((match) => (
              <li key={match.id} className="flex items-center justify-between gap-2">
                <ContactMatchSummary match={match} />
                <Button size="sm" variant="secondary" onClick={() => setOther({ id: match.id, name: match.name, company: null })} data-testid="merge-pick-suggestion">
                  Merge with
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ContactPicker label="Contact to merge with" value={other} onChange={(picked) => setOther(picked?.id === contact.id ? null : picked)} />
    </>
  );

  return (
    <MergeDialog
      title={`Merge ${contact.name} with another contact`}
      testId="merge-contact-dialog"
      record={contact}
      other={otherContact.data ?? null}
      picker={picker}
      fields={contactFields}
      movesOf={moving}
      submitLabel="Merge contacts"
      merge={merge}
      error={otherContact.error}
      onClose={onClose}
    />
  );
}
