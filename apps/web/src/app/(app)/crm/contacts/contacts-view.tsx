"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { BulkActionBar, SelectRowCell, selectColumn, useBulkList } from "~/components/crm/bulk-actions";
import { PageHeader } from "~/components/page-header";
import { ExportCsvButton } from "~/components/ui/export-csv-button";
import { ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ListToolbar, nextCursorPages, PagedList, pagedRows, SortSelect } from "~/components/ui/list-shell";
import { MeterBar, type MeterTone } from "~/components/ui/meter";
import { SearchInput } from "~/components/ui/search-input";
import { Segmented } from "~/components/ui/segmented";
import { StatCard, type StatCardProps } from "~/components/ui/stat-card";
import { numberColumn, Table, Td } from "~/components/ui/table";
import { optionsFrom } from "~/components/ui/options";
import { formatDay, formatMoney, formatRelative } from "~/lib/format";
import { OwnerFilter } from "~/components/crm/owner-filter";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import type { RouterInputs } from "~/trpc/types";
import { churnTone, healthTone, sentimentLabels, sentimentTones } from "./contact-labels";
import { ContactFormDialog } from "./contact-form-dialog";

type ContactListInput = RouterInputs["crm"]["contacts"]["list"];
type ContactFilter = NonNullable<ContactListInput["filter"]>;
type ContactSort = NonNullable<ContactListInput["sort"]>;

const filterOptions = optionsFrom<ContactFilter>({ all: "All", "high-value": "High value", "at-risk": "At risk", recent: "Recent", "needs-follow-up": "Needs follow-up" });

// The segment cards above the list: each shows its count and filters the list to it.
const statCards = [
  { filter: "all", stat: "total", label: "Contacts", tone: "neutral", hint: "Everyone you can see", testId: "stat-total" },
  { filter: "high-value", stat: "highValue", label: "High value", tone: "indigo", hint: "Large active policies or won deals", testId: "stat-high-value" },
  { filter: "at-risk", stat: "atRisk", label: "At risk", tone: "red", hint: "High churn risk or weak health", testId: "stat-at-risk" },
  { filter: "needs-follow-up", stat: "needsFollowUp", label: "Needs follow-up", tone: "amber", hint: "Follow-up due or quiet for 60 days", testId: "stat-needs-follow-up" },
] as const satisfies readonly {
  filter: ContactFilter;
  stat: "total" | "highValue" | "atRisk" | "needsFollowUp";
  label: string;
  tone: NonNullable<StatCardProps["tone"]>;
  hint: string;
  testId: string;
}[];

const sortOptions = optionsFrom<ContactSort>({ createdAt: "Newest", name: "Name", healthScore: "Health score", churnRisk: "Churn risk", lastContactAt: "Last contact" });

export function ContactsView({ canWrite, canDelete, currentUserId }: { canWrite: boolean; canDelete: boolean; currentUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [filter, setFilter] = useState<ContactFilter>("all");
  const [sort, setSort] = useState<ContactSort>("createdAt");
  const [search, setSearch] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tag, setTag] = useState("");
  const [creating, setCreating] = useState(false);

  const stats = useQuery(trpc.crm.contacts.stats.queryOptions());
  const narrowing = { ...(ownerId ? { ownerId } : {}), ...(tag ? { tag } : {}) };
  const listInput = { limit: 50, filter, sort, search: search || undefined, ...narrowing } satisfies ContactListInput;
  const narrowed = Boolean(search || filter !== "all" || ownerId || tag);
  const contacts = useInfiniteQuery(trpc.crm.contacts.list.infiniteQueryOptions(listInput, nextCursorPages));

  const { rows, total, totalCapped } = pagedRows(contacts.data);
  const bulkFilter = { filter, sort, search: search || undefined };
  const bulk = useBulkList("contact", bulkFilter, rows, { total, totalCapped });
  const toggle = (next: ContactFilter) => setFilter((current) => (current === next ? "all" : next));

  return (
    <>
      <PageHeader
        title="Contacts"
        description="Clients and their relationship health. Open one for its policies, deals and timeline."
        actions={<ExportCsvButton noun="contacts" run={() => client.crm.contacts.export.mutate({ filter, sort, search: search || undefined, ...narrowing })} />}
        create={canWrite && { label: "New contact", testId: "open-create-contact", onClick: () => setCreating(true) }}
      />

      <div className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="contact-stats">
        {statCards.map((card) => (
          <StatCard
            key={card.filter}
            label={card.label}
            value={stats.data?.[card.stat] ?? "—"}
            tone={card.tone}
            hint={card.hint}
            // Choosing a segment again goes back to everyone ("all" simply stays chosen).
            onSelect={() => toggle(card.filter)}
            selected={filter === card.filter}
            data-testid={card.testId}
          />
        ))}
      </div>
      <ErrorAlert error={stats.error} className="mt-3" />

      <ListToolbar>
        <Segmented label="Show" options={filterOptions} value={filter} onChange={setFilter} testId="contact-filter" />
        <SearchInput label="Search contacts" placeholder="Search name, email, company or phone" value={search} onSearch={setSearch} className="w-72" />
        <OwnerFilter label="Owner" value={ownerId} onChange={setOwnerId} currentUserId={currentUserId} testId="contacts-owner-filter" />
        <SearchInput label="Tag" placeholder="Tag" value={tag} onSearch={(next) => setTag(next.trim())} className="w-36" />
        <SortSelect value={sort} options={sortOptions} onChange={setSort} />
      </ListToolbar>

      <PagedList
        query={contacts}
        noun={["contact", "contacts"]}
        countTestId="contacts-total"
        empty={
          <EmptyState
            title={narrowed ? "No contacts match" : "No contacts yet"}
            testId="contacts-empty"
            action={
              canWrite && !narrowed ? (
                <Button variant="secondary" onClick={() => setCreating(true)}>
                  Add your first contact
                </Button>
              ) : null
            }
          >
            {narrowed
              ? "Try another search or filter."
              : "Contacts come from converted leads, imports, or the button above."}
          </EmptyState>
        }
      >
        <BulkActionBar list={bulk} currentUserId={currentUserId} actions={{ assign: canWrite, tags: canWrite, remove: canDelete }} />
        <Table
          label="Contacts"
          testId="contacts-table"
          columns={[
            selectColumn(bulk),
            "Name",
            "Company",
            "Owner",
            numberColumn("Deals"),
            { label: "Health", className: "w-28" },
            { label: "Churn risk", className: "w-28" },
            "Sentiment",
            "Last contact",
            "Follow-up",
          ]}
        >
          <tbody>
            {rows.map((contact) => (
              <tr key={contact.id} data-testid="contact-row" data-contact-id={contact.id} className="hover:bg-zinc-50/60">
                <SelectRowCell list={bulk} id={contact.id} name={contact.name} />
                <Td>
                  <Link href={`/crm/contacts/${contact.id}`} className="font-medium text-zinc-900 hover:text-indigo-600">
                    {contact.name}
                  </Link>
                  <div className="text-xs text-zinc-500">{contact.email ?? contact.phone ?? "No email or phone"}</div>
                  {contact.tags.length > 0 ? (
                    <div className="mt-1 flex flex-wrap gap-1">
                      {contact.tags.slice(0, 3).map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                      {contact.tags.length > 3 ? <span className="text-xs text-zinc-400">+{contact.tags.length - 3}</span> : null}
                    </div>
                  ) : null}
                </Td>
                <Td>
                  {contact.company ?? <span className="text-zinc-400">—</span>}
                  {contact.title ? <div className="text-xs text-zinc-500">{contact.title}</div> : null}
                </Td>
                <Td className="whitespace-nowrap text-zinc-600">{contact.owner?.name ?? <span className="text-zinc-400">—</span>}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums" data-testid="contact-deals">
                  {contact.dealCount}
                  {contact.openDealValue > 0 ? <div className="text-xs text-zinc-500">{formatMoney(contact.openDealValue, { compact: true })} open</div> : null}
                </Td>
                <ScoreTd value={contact.healthScore} tone={healthTone(contact.healthScore)} label={`Health score of ${contact.name}`} />
                <ScoreTd value={contact.churnRisk} tone={churnTone(contact.churnRisk)} label={`Churn risk of ${contact.name}`} />
                <Td>
                  <Badge tone={sentimentTones[contact.sentiment]}>{sentimentLabels[contact.sentiment]}</Badge>
                </Td>
                <Td className="whitespace-nowrap text-zinc-500">{formatRelative(contact.lastContactAt)}</Td>
                <Td className="whitespace-nowrap text-zinc-500">
                  {contact.nextFollowUpAt ? (
                    <span className={contact.nextFollowUpAt.getTime() <= Date.now() ? "font-medium text-amber-700" : undefined}>
                      {formatDay(contact.nextFollowUpAt)}
                    </span>
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </PagedList>

      {canWrite ? <ContactFormDialog open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

/** A 0–100 score as a bar with its number beside it. */
function ScoreTd({ value, tone, label }: { value: number; tone: MeterTone; label: string }) {
  return (
    <Td>
      <div className="flex items-center gap-2">
        <MeterBar value={value} tone={tone} label={label} />
        <span className="w-6 text-right text-xs tabular-nums">{value}</span>
      </div>
    </Td>
  );
}
