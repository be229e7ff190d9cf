"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Options, PeopleOptions, SelectField } from "~/components/ui/field";
import { ListToolbar, nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { SearchInput } from "~/components/ui/search-input";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { Tabs } from "~/components/ui/tabs";
import { optionsFrom } from "~/components/ui/options";
import { describeApiError } from "~/lib/api-errors";
import { formatDay, formatMoney, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { caseStatusLabels, caseStatusTones, priorityTones } from "./renewal-labels";

type ListInput = RouterInputs["renewals"]["cases"]["list"];
type Window = NonNullable<ListInput["window"]> | "all";

const windowTabs = optionsFrom<Window>({ "30": "Due in 30 days", "60": "60 days", "90": "90 days", overdue: "Overdue", all: "All" });

/** The renewals worklist: window tabs, filters, and bulk assignment for those who may assign. */
export function Worklist({ canAssign }: { canAssign: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [window, setWindow] = useState<Window>("30");
  const [status, setStatus] = useState<ListInput["status"] | "">("");
  const [priority, setPriority] = useState<ListInput["priority"] | "">("");
  const [sort, setSort] = useState<NonNullable<ListInput["sort"]>>("renewalDate");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const cases = useInfiniteQuery(
    trpc.renewals.cases.list.infiniteQueryOptions(
      { limit: 50, window: window === "all" ? undefined : window, status: status || undefined, priority: priority || undefined, sort, search: search || undefined },
      nextCursorPages,
    ),
  );
  const agents = useQuery({ ...trpc.crm.agents.list.queryOptions({}), enabled: canAssign });
  const assign = useMutation(
    trpc.renewals.cases.assignMany.mutationOptions({
      onMutate: () => setMessage(null),
      onError: (error) => setMessage({ tone: "error", text: describeApiError(error).message }),
      onSuccess: (result) => {
        setMessage({ tone: "success", text: `${result.assigned} ${result.assigned === 1 ? "case" : "cases"} assigned.` });
        setSelected(new Set());
      },
      onSettled: () => queryClient.invalidateQueries(trpc.renewals.pathFilter()),
    }),
  );

  const { rows } = pagedRows(cases.data);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="worklist-heading" className="mt-10">
      <h2 id="worklist-heading" className="text-sm font-semibold text-zinc-900">
        Worklist
      </h2>
      <div className="mt-3">
        <Tabs label="Renewal window" items={windowTabs} value={window} onChange={setWindow} idPrefix="renewal-window" />
      </div>
      <ListToolbar>
        <SelectField label="Status" value={status} onChange={(event) => setStatus(event.target.value as ListInput["status"] | "")} className="w-40" data-testid="worklist-status">
          <option value="">Any status</option>
          <Options options={caseStatusLabels} />
        </SelectField>
        <SelectField label="Priority" value={priority} onChange={(event) => setPriority(event.target.value as ListInput["priority"] | "")} className="w-32">
          <option value="">Any</option>
          {(["urgent", "high", "medium", "low"] as const).map((value) => (
            <option key={value} value={value}>
              {humanize(value)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort" value={sort} onChange={(event) => setSort(event.target.value as NonNullable<ListInput["sort"]>)} className="w-40">
          <option value="renewalDate">Renewal date</option>
          <option value="priority">Priority</option>
          <option value="risk">Renewal risk</option>
          <option value="premium">Premium</option>
          <option value="createdAt">Newest</option>
        </SelectField>
        <SearchInput label="Search cases" placeholder="Case, policy or customer" value={search} onSearch={setSearch} className="w-64" />
      </ListToolbar>
      {canAssign && selected.size > 0 ? (
        <div className="mt-3 flex flex-wrap items-end gap-2 rounded-lg bg-indigo-50 px-3 py-2" data-testid="bulk-assign">
          <p className="self-center text-sm text-indigo-900">{selected.size} selected</p>
          <SelectField label="Assign to" value={assignee} onChange={(event) => setAssignee(event.target.value)} className="w-48" data-testid="bulk-assignee">
            <option value="">Choose someone</option>
            <PeopleOptions people={agents.data?.items} />
          </SelectField>
          <Button disabled={!assignee || assign.isPending} onClick={() => assign.mutate({ ids: [...selected], userId: assignee })} data-testid="bulk-assign-submit">
            {assign.isPending ? "Assigning…" : "Assign"}
          </Button>
        </div>
      ) : null}
      {message ? (
        <Alert tone={message.tone} className="mt-3">
          {message.text}
        </Alert>
      ) : null}
      <PagedList
        query={cases}
        noun={["case", "cases"]}
        role="tabpanel"
        id="renewal-window-panel"
        aria-labelledby={`renewal-window-tab-${window}`}
        empty={
          <EmptyState title="No cases here" testId="worklist-empty">
            {window === "overdue" ? "Nothing is overdue." : "No renewal case matches these filters."}
          </EmptyState>
        }
      >
        <Table
          label="Renewal cases"
          testId="worklist"
          columns={[
            canAssign && { label: "", className: "w-8" },
            "Case",
            "Customer",
            "Policy",
            "Renews",
            "Status",
            "Priority",
            numberColumn("Premium"),
            numberColumn("Risk"),
            "Assignee",
          ]}
        >
          <tbody>
            {rows.map((item) => (
              <tr key={item.id} data-testid="worklist-row" data-case-number={item.caseNumber}>
                {canAssign ? (
                  <Td>
                    <input type="checkbox" aria-label={`Select ${item.caseNumber}`} checked={selected.has(item.id)} onChange={() => toggle(item.id)} className="size-4 accent-indigo-600" />
                  </Td>
                ) : null}
                <Td>
                  <Link href={`/renewals/cases/${item.id}`} className="font-medium text-indigo-700 hover:underline">
                    {item.caseNumber}
                  </Link>
                </Td>
                <Td>{item.contact.name}</Td>
                <Td>
                  {item.policy.policyNumber} <span className="text-xs text-zinc-500">{humanize(item.policy.type)} · {item.policy.carrier}</span>
                </Td>
                <Td className="whitespace-nowrap">{formatDay(item.renewalDate)}</Td>
                <Td>
                  <Badge tone={caseStatusTones[item.status]}>{caseStatusLabels[item.status]}</Badge>
                </Td>
                <Td>
                  <Badge tone={priorityTones[item.priority]}>{humanize(item.priority)}</Badge>
                </Td>
                <NumberTd>{formatMoney(item.premium)}</NumberTd>
                <NumberTd>{item.riskScore ?? "—"}</NumberTd>
                <Td>{item.assignee?.name ?? "Unassigned"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>
    </section>
  );
}
