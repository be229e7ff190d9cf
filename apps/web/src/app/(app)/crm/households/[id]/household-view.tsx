"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ContactPicker, type PickedContact } from "~/components/crm/contact-picker";
import { formatAddress } from "~/components/crm/format-address";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { numberColumn, Table, Td } from "~/components/ui/table";
import { describeApiError } from "~/lib/api-errors";
import { formatDay, formatMoney, humanize } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs, RouterOutputs } from "~/trpc/types";

type Household = RouterOutputs["crm"]["households"]["get"];

/** A household: its members (primary first), every member's policies and the total premium; members added, removed or made primary. */
export function HouseholdView({ id, canWrite }: { id: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<PickedContact | null>(null);
  const household = useQuery(trpc.crm.households.get.queryOptions({ id }));
  const refresh = async () => {
    await Promise.all([queryClient.invalidateQueries(trpc.crm.households.get.queryFilter({ id })), queryClient.invalidateQueries(trpc.crm.contacts.get.pathFilter())]);
  };
  const addMember = useMutation(
    trpc.crm.households.addMember.mutationOptions({
      onSuccess: async () => {
        setAdding(null);
        await refresh();
      },
    }),
  );
  const removeMember = useMutation(
    trpc.crm.households.removeMember.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        if (result.householdDeleted) router.push("/crm/contacts");
      },
    }),
  );
  const makePrimary = useMutation(trpc.crm.households.update.mutationOptions({ onSuccess: refresh }));

  if (household.isPending) return <p className="text-sm text-zinc-500">Loading household…</p>;
  if (household.isError) {
    const problem = describeApiError(household.error);
    return problem.appCode === "NOT_FOUND" ? (
      <EmptyState title="Household not found" testId="household-not-found">
        It may have been dissolved, or none of its members are yours to see.
      </EmptyState>
    ) : (
      <Alert tone="error">{problem.message}</Alert>
    );
  }

  const data = household.data;
  return (
    <div data-testid="household-view" data-household-id={data.id}>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900" data-testid="household-name">
            {data.name}
          </h1>
          <p className="mt-1 text-sm text-zinc-500">
            {formatAddress(data.address) || "No shared address on file"}
            {data.primaryContact ? ` · Primary: ${data.primaryContact.name}` : ""}
          </p>
        </div>
        {canWrite ? (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
      </div>

      <dl className="mt-6 grid gap-3 rounded-xl border border-zinc-200 p-4 text-sm sm:grid-cols-3" aria-label="Household totals">
        <div>
          <dt className="text-zinc-500">Members</dt>
          <dd className="text-lg font-semibold text-zinc-900">{data.totals.members}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Policies</dt>
          <dd className="text-lg font-semibold text-zinc-900">{data.totals.policies}</dd>
        </div>
        <div>
          <dt className="text-zinc-500">Total premium</dt>
          <dd className="text-lg font-semibold text-zinc-900" data-testid="household-total-premium">
            {formatMoney(data.totals.premium)}
          </dd>
          <dd className="text-xs text-zinc-500">{formatMoney(data.totals.activePremium)} active</dd>
        </div>
      </dl>

      <ErrorAlert error={addMember.error ?? removeMember.error ?? makePrimary.error} className="mt-4" />

      <section aria-labelledby="household-members-heading" className="mt-8 space-y-6">
        <h2 id="household-members-heading" className="border-b border-zinc-200 pb-2 text-base font-semibold text-zinc-900">
          Members and their policies
        </h2>
        {data.members.map((member) => (
          <div key={member.id} data-testid="household-member" data-contact-id={member.id}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm">
                <Link href={`/crm/contacts/${member.id}`} className="font-medium text-indigo-700 hover:underline">
                  {member.name}
                </Link>{" "}
                {member.isPrimary ? <Badge tone="indigo">Primary</Badge> : null}
                <span className="text-zinc-500"> {[member.email, member.phone].filter(Boolean).join(" · ")}</span>
              </p>
              {canWrite ? (
                <div className="flex gap-1">
                  {member.isPrimary ? null : (
                    <Button size="sm" variant="ghost" disabled={makePrimary.isPending} onClick={() => makePrimary.mutate({ id: data.id, primaryContactId: member.id })}>
                      Make primary
                    </Button>
                  )}
                  <Button size="sm" variant="ghost" disabled={removeMember.isPending} onClick={() => removeMember.mutate({ id: data.id, contactId: member.id })} data-testid="remove-household-member">
                    Remove
                  </Button>
                </div>
              ) : null}
            </div>
            {member.policies.length > 0 ? (
              <div className="mt-2">
                <Table label={`${member.name}'s policies`} columns={["Number", "Type", "Carrier", "Status", "Renewal", numberColumn("Premium")]}>
                  <tbody>
                    {member.policies.map((policy) => (
                      <tr key={policy.id}>
                        <Td>{policy.policyNumber}</Td>
                        <Td>{humanize(policy.type)}</Td>
                        <Td>{policy.carrier}</Td>
                        <Td>{humanize(policy.status)}</Td>
                        <Td>{formatDay(policy.renewalDate)}</Td>
                        <Td className="text-right">{formatMoney(policy.premium)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
            ) : (
              <p className="mt-1 text-xs text-zinc-500">No policies.</p>
            )}
          </div>
        ))}
      </section>

      {canWrite ? (
        <section aria-label="Add a member" className="mt-8 max-w-md space-y-2">
          <ContactPicker label="Add a member" value={adding} onChange={setAdding} />
          {adding ? (
            <Button disabled={addMember.isPending} onClick={() => addMember.mutate({ id: data.id, contactId: adding.id })} data-testid="add-household-member">
              {addMember.isPending ? "Adding…" : `Add ${adding.name}`}
            </Button>
          ) : null}
        </section>
      ) : null}

      {canWrite && editing ? <EditHouseholdDialog household={data} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

const addressFields = ["line1", "city", "region", "postalCode", "country"] as const;

function EditHouseholdDialog({ household, onClose }: { household: Household; onClose: () => void }) {
  const trpc = useTRPC();
  const { update } = useTRPCClient().crm.households;
  const form = useFormMutation(
    { mutationFn: (input: RouterInputs["crm"]["households"]["update"]) => update.mutate(input) },
    {
      initialValues: { name: household.name, ...Object.fromEntries(addressFields.map((field) => [field, household.address?.[field] ?? ""])) } as Record<"name" | (typeof addressFields)[number], string>,
      fields: ["name", ...addressFields.map((field) => `address.${field}`)],
      onClose,
      closeOnSuccess: true,
      invalidates: [trpc.crm.households.get.queryFilter({ id: household.id })],
      toInput: ({ name, ...address }) => ({
        id: household.id,
        name,
        address: Object.fromEntries(addressFields.map((field) => [field, address[field].trim() || null])),
      }),
    },
  );
  return (
    <FormDialog form={form} open title={`Edit ${household.name}`} description="The address the members share." submitLabel="Save changes" pendingLabel="Saving…" testId="edit-household-dialog">
      <TextField {...form.field("name", "Name")} required />
      <TextField {...form.field("line1", "Street")} error={form.errorOf("address.line1", "Street")} />
      <div className="grid grid-cols-2 gap-3">
        <TextField {...form.field("city", "City")} error={form.errorOf("address.city", "City")} />
        <TextField {...form.field("region", "State / region")} error={form.errorOf("address.region", "State / region")} />
        <TextField {...form.field("postalCode", "Postal code")} error={form.errorOf("address.postalCode", "Postal code")} />
        <TextField {...form.field("country", "Country")} error={form.errorOf("address.country", "Country")} />
      </div>
    </FormDialog>
  );
}
