"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ContactMatchSummary } from "~/components/crm/contact-matches";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { formatAddress } from "~/components/crm/format-address";
import { countsText, MergeDialog } from "~/components/crm/merge-dialog";
import type { MergeRow } from "~/components/crm/merge-field-table";
import { Button } from "~/components/ui/button";
import { formatDay } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

/** The fields crm.contacts.merge lets the user pick, as each contact shows them. */
function contactRows(left: Contact, right: Contact): MergeRow[] {
  const row = (field: string, label: string, text: (contact: Contact) => string) => ({ field, label, left: text(left), right: text(right) });
  return [
    row("name", "Name", (contact) => contact.name),
    row("email", "Email", (contact) => contact.email ?? ""),
    row("phone", "Phone", (contact) => contact.phone ?? ""),
    row("company", "Company", (contact) => contact.company ?? ""),
    row("title", "Job title", (contact) => contact.title ?? ""),
    row("customerCode", "Customer code", (contact) => contact.customerCode ?? ""),
    row("dateOfBirth", "Date of birth", (contact) => (contact.dateOfBirth ? formatDay(contact.dateOfBirth) : "")),
    row("address", "Address", (contact) => formatAddress(contact.address)),
    row("ownerId", "Owner", (contact) => contact.owner?.name ?? ""),
    row("householdId", "Household", (contact) => contact.household?.name ?? ""),
    row("nextFollowUpAt", "Next follow-up", (contact) => (contact.nextFollowUpAt ? formatDay(contact.nextFollowUpAt) : "")),
    row("sentiment", "Sentiment", (contact) => contact.sentiment),
    row("notes", "Notes", (contact) => contact.notes ?? ""),
  ];
}

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
  const right = otherContact.data;

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
      other={right ?? null}
      picker={picker}
      rows={right ? contactRows(contact, right) : []}
      movesOf={(side) => moving(side === "left" ? contact : right!)}
      submitLabel="Merge contacts"
      pending={merge.isPending}
      error={merge.error ?? otherContact.error}
      onMerge={(input) => merge.mutate(input)}
      onClose={onClose}
    />
  );
}
