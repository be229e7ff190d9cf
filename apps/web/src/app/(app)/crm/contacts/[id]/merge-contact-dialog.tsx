"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ContactMatchSummary } from "~/components/crm/contact-matches";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { loserFields, MergeFieldTable, type MergeRow, type MergeSide } from "~/components/crm/merge-field-table";
import { ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { formatDay } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Contact = RouterOutputs["crm"]["contacts"]["get"];

const addressText = (address: Contact["address"]) =>
  address ? [address.line1, address.line2, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(", ") : "";

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
    row("address", "Address", (contact) => addressText(contact.address)),
    row("ownerId", "Owner", (contact) => contact.owner?.name ?? ""),
    row("householdId", "Household", (contact) => contact.household?.name ?? ""),
    row("nextFollowUpAt", "Next follow-up", (contact) => (contact.nextFollowUpAt ? formatDay(contact.nextFollowUpAt) : "")),
    row("sentiment", "Sentiment", (contact) => contact.sentiment),
    row("notes", "Notes", (contact) => contact.notes ?? ""),
  ];
}

function moving(contact: Contact) {
  const parts = [
    [contact.policies.length, "policy", "policies"],
    [contact.opportunities.length, "deal", "deals"],
    [contact.tickets.length, "ticket", "tickets"],
    [contact.openTasks.length, "open task", "open tasks"],
    [contact.timeline.length, "timeline entry", "timeline entries"],
  ] as const;
  return parts.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(", ");
}

/**
 * Merges this contact with another: the user picks the one that stays and, per field, whose value it
 * keeps; the other's policies, deals, tickets, tasks and timeline move to it and the other goes to
 * the trash, where restoring it undoes the merge.
 */
export function MergeContactDialog({ contact, open, onClose }: { contact: Contact; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [other, setOther] = useState<PickedContact | null>(null);
  const [survivor, setSurvivor] = useState<MergeSide>("left");
  const [choices, setChoices] = useState<Partial<Record<string, MergeSide>>>({});
  const suggestions = useQuery(
    trpc.crm.contacts.duplicates.queryOptions({ name: contact.name, email: contact.email, phone: contact.phone, dateOfBirth: contact.dateOfBirth, exceptId: contact.id }, { enabled: open && other === null }),
  );
  const otherContact = useQuery(trpc.crm.contacts.get.queryOptions({ id: other?.id ?? "" }, { enabled: other !== null }));
  const merge = useMutation(
    trpc.crm.contacts.merge.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
        close();
        router.push(`/crm/contacts/${result.survivorId}`);
      },
    }),
  );

  function close() {
    setOther(null);
    setChoices({});
    setSurvivor("left");
    merge.reset();
    onClose();
  }

  const right = otherContact.data;
  const rows = right ? contactRows(contact, right) : [];
  const loser = survivor === "left" ? right : contact;
  return (
    <Dialog open={open} onClose={close} title={`Merge ${contact.name} with another contact`} data-testid="merge-contact-dialog">
      <div className="space-y-4">
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
        {right ? (
          <>
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 text-zinc-600">Which record stays?</legend>
              {(["left", "right"] as const).map((side) => (
                <label key={side} className="flex items-center gap-1.5">
                  <input type="radio" name="merge-survivor" checked={survivor === side} onChange={() => setSurvivor(side)} data-testid={`merge-survivor-${side}`} />
                  {side === "left" ? contact.name : right.name} {side === "left" ? "(this contact)" : ""}
                </label>
              ))}
            </fieldset>
            <MergeFieldTable
              rows={rows}
              leftTitle={`${contact.name} (this contact)`}
              rightTitle={right.name}
              choices={choices}
              survivor={survivor}
              onChoose={(field, side) => setChoices((current) => ({ ...current, [field]: side }))}
            />
            <p className="text-xs text-zinc-600" data-testid="merge-moves">
              {loser ? `${loser.name}'s ${moving(loser)} move to the record that stays; tags are combined. ${loser.name} goes to the trash: restoring it from the trash undoes the merge.` : null}
            </p>
          </>
        ) : other ? (
          <p className="text-sm text-zinc-500">Loading {other.name}…</p>
        ) : null}
        <ErrorAlert error={merge.error ?? otherContact.error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close} disabled={merge.isPending}>
            Cancel
          </Button>
          <Button
            disabled={!right || merge.isPending}
            onClick={() => {
              if (!right) return;
              const [survivorId, loserId] = survivor === "left" ? [contact.id, right.id] : [right.id, contact.id];
              merge.mutate({ survivorId, loserId, fields: loserFields(rows, choices, survivor) });
            }}
            data-testid="confirm-merge"
          >
            {merge.isPending ? "Merging…" : "Merge contacts"}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
