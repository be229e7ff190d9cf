"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { BulkActionBar, SelectRowCell, selectColumn, useBulkList } from "~/components/crm/bulk-actions";
import { PageHeader } from "~/components/page-header";
import { ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { Options, PeopleOptions } from "~/components/ui/field";
import { ListToolbar, nextCursorPages, PagedList, pagedRows, SortSelect, toolbarSelectClass } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { StatCard } from "~/components/ui/stat-card";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDay, formatMoney, fromDateInputValue } from "~/lib/format";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { policyStatusLabels, policyStatusTones, policyTypeLabels } from "../contacts/[id]/policy-labels";

type ListInput = RouterInputs["crm"]["policies"]["list"];
type PolicySort = NonNullable<ListInput["sort"]>;
type PolicyType = NonNullable<ListInput["type"]>;
type PolicyStatus = NonNullable<ListInput["status"]>;

const sortOptions = optionsFrom<PolicySort>({ renewalDate: "Renewal date", premium: "Premium", policyNumber: "Policy number", createdAt: "Newest" });

const dateClass = "rounded-md border-0 bg-white px-2 py-1.5 text-sm text-zinc-800 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600";

/** Every policy the caller may see (through their contacts), filtered, sorted, totalled and exportable. */
export function PoliciesView({ currentUserId, canWrite, canDelete }: { currentUserId: string; canWrite: boolean; canDelete: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [search, setSearch] = useState("");
  const [carrier, setCarrier] = useState("");
  const [type, setType] = useState<PolicyType | "">("");
  const [status, setStatus] = useState<PolicyStatus | "">("");
  const [ownerId, setOwnerId] = useState("");
  const [renewalFrom, setRenewalFrom] = useState("");
  const [renewalTo, setRenewalTo] = useState("");
  const [sort, setSort] = useState<PolicySort>("renewalDate");

  const filters = {
    search: search || undefined,
    carrier: carrier || undefined,
    type: type || undefined,
    status: status || undefined,
    ownerId: ownerId || undefined,
    renewalFrom: fromDateInputValue(renewalFrom),
    renewalTo: fromDateInputValue(renewalTo),
  };
  const policies = useInfiniteQuery(trpc.crm.policies.list.infiniteQueryOptions({ limit: 50, sort, ...filters }, nextCursorPages));
  const totals = useQuery(trpc.crm.policies.totals.queryOptions(filters));
  const owners = useQuery(trpc.crm.agents.list.queryOptions({}, { staleTime: 5 * 60_000 }));
  const { rows, total, totalCapped } = pagedRows(policies.data);
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const bulkFilter = { sort, ...filters };
  const bulk = useBulkList("policy", bulkFilter, rows, { total, totalCapped });

  return (
    <>
      <PageHeader
        title="Policies"
        description="The book: every policy on the contacts you can see, by renewal date."
        actions={<ExportCsvButton noun="policies" run={() => client.crm.policies.export.mutate({ sort, ...filters })} />}
      />

      <div className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="policy-totals">
        <StatCard label="Policies" value={totals.data ? totals.data.count.toLocaleString("en-US") : "—"} hint={filtered ? "Matching the filters" : "In your book"} data-testid="policy-count" />
        <StatCard label="Premium" value={totals.data ? formatMoney(totals.data.premium) : "—"} tone="indigo" hint="Sum of their premiums" data-testid="policy-premium" />
      </div>
      <ErrorAlert error={totals.error} className="mt-3" />

      <ListToolbar>
        <SearchInput label="Search policies" placeholder="Number, carrier or contact" value={search} onSearch={setSearch} className="w-64" />
        <SearchInput label="Carrier" placeholder="Carrier" value={carrier} onSearch={setCarrier} className="w-40" />
        <select aria-label="Type" value={type} onChange={(event) => setType(event.target.value as PolicyType | "")} className={toolbarSelectClass} data-testid="policy-type-filter">
          <option value="">Any type</option>
          <Options options={policyTypeLabels} />
        </select>
        <select aria-label="Status" value={status} onChange={(event) => setStatus(event.target.value as PolicyStatus | "")} className={toolbarSelectClass} data-testid="policy-status-filter">
          <option value="">Any status</option>
          <Options options={policyStatusLabels} />
        </select>
        <select aria-label="Owner" value={ownerId} onChange={(event) => setOwnerId(event.target.value)} className={toolbarSelectClass} data-testid="policy-owner-filter">
          <option value="">Any owner</option>
          <PeopleOptions people={owners.data?.items} />
        </select>
        <label className="flex items-center gap-2 text-sm text-zinc-600">
          Renewing from
          <input type="date" value={renewalFrom} onChange={(event) => setRenewalFrom(event.target.value)} className={dateClass} data-testid="policy-renewal-from" />
        </label>
        <label className="flex items-center gap-2 text-sm text-zinc-600">
          to
          <input type="date" value={renewalTo} onChange={(event) => setRenewalTo(event.target.value)} className={dateClass} data-testid="policy-renewal-to" />
        </label>
        <SortSelect value={sort} options={sortOptions} onChange={setSort} />
      </ListToolbar>

      <PagedList
        query={policies}
        noun={["policy", "policies"]}
        countTestId="policies-total"
        empty={
          <EmptyState title={filtered ? "No policies match" : "No policies yet"} testId="policies-empty">
            {filtered ? "Try another search or filter." : "Policies are added on a contact's page."}
          </EmptyState>
        }
      >
        <BulkActionBar
          list={bulk}
          currentUserId={currentUserId}
          actions={{ assign: canWrite, status: canWrite ? { label: "Status", options: policyStatusLabels } : undefined, remove: canDelete }}
        />
        <Table
          label="Policies"
          testId="policies-table"
          columns={[selectColumn(bulk), "Policy number", "Type", "Carrier", "Status", numberColumn("Premium"), "Renewal", "Contact", "Owner"]}
        >
          <tbody>
            {rows.map((policy) => (
              <tr key={policy.id} data-testid="policy-list-row" data-policy-number={policy.policyNumber} className="hover:bg-zinc-50/60">
                <SelectRowCell list={bulk} id={policy.id} name={`policy ${policy.policyNumber}`} />
                <Td className="font-mono text-xs text-zinc-900">{policy.policyNumber}</Td>
                <Td>{policyTypeLabels[policy.type]}</Td>
                <Td>{policy.carrier}</Td>
                <Td>
                  <Badge tone={policyStatusTones[policy.status]}>{policyStatusLabels[policy.status]}</Badge>
                </Td>
                <NumberTd>{formatMoney(policy.premium)}</NumberTd>
                <Td className="whitespace-nowrap">{formatDay(policy.renewalDate)}</Td>
                <Td>
                  <Link href={`/crm/contacts/${policy.contact.id}`} className="font-medium text-zinc-900 hover:text-indigo-600">
                    {policy.contact.name}
                  </Link>
                </Td>
                <Td className="text-zinc-600">{policy.owner?.name ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </>
  );
}
