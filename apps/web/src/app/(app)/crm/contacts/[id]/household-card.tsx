"use client";

import { useRouter } from "next/navigation";
import Link from "next/link";
import { useState } from "react";
import { TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { Button } from "~/components/ui/button";
import { useTRPC, useTRPCClient } from "~/trpc/react";

/** A fact of the contact page: its household (a link to it), or a button to start one with this contact as its primary. */
export function HouseholdCard({ contact, canWrite }: { contact: { id: string; name: string; household: { id: string; name: string } | null }; canWrite: boolean }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="flex items-center justify-between gap-3" data-testid="contact-household">
      <dt className="text-zinc-500">Household</dt>
      <dd className="text-right font-medium text-zinc-900">
        {contact.household ? (
          <Link href={`/crm/households/${contact.household.id}`} className="text-indigo-700 hover:underline" data-testid="contact-household-link">
            {contact.household.name}
          </Link>
        ) : canWrite ? (
          <Button size="sm" variant="ghost" onClick={() => setCreating(true)} data-testid="create-household">
            Create household
          </Button>
        ) : (
          "None"
        )}
        {creating ? <CreateHouseholdDialog contact={contact} onClose={() => setCreating(false)} /> : null}
      </dd>
    </div>
  );
}

function CreateHouseholdDialog({ contact, onClose }: { contact: { id: string; name: string }; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { create } = useTRPCClient().crm.households;
  const lastName = contact.name.trim().split(/\s+/).at(-1) ?? contact.name;
  const form = useFormMutation(
    { mutationFn: (input: { name: string; primaryContactId: string }) => create.mutate(input), onSuccess: (household: { id: string }) => router.push(`/crm/households/${household.id}`) },
    {
      initialValues: { name: `${lastName} household` },
      fields: ["name"],
      onClose,
      invalidates: [trpc.crm.contacts.get.queryFilter({ id: contact.id })],
      toInput: ({ name }) => ({ name, primaryContactId: contact.id }),
    },
  );
  return (
    <FormDialog
      form={form}
      open
      title="New household"
      description={`${contact.name} is its primary contact; add the others on the household page.`}
      testId="create-household-dialog"
      submitLabel="Create household"
      pendingLabel="Creating…"
    >
      <TextField {...form.field("name", "Name")} required autoFocus />
    </FormDialog>
  );
}
