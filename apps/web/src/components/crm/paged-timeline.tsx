"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "~/components/ui/alert";
import { SelectField } from "~/components/ui/field";
import { LoadMoreButton, nextCursorPages, pagedRows } from "~/components/ui/list-shell";
import { useTRPC } from "~/trpc/react";
import { ActivityTimeline, type TimelineActivity } from "./activity-timeline";

type ActivityType = TimelineActivity["type"];

/** The kinds of entry a timeline can be narrowed to; each is a set of activity types. */
const typeFilters = {
  all: { label: "Everything", types: [] },
  communication: { label: "Calls, emails, texts, meetings", types: ["call", "email", "sms", "meeting"] },
  note: { label: "Notes", types: ["note"] },
  task: { label: "Tasks", types: ["task"] },
  changes: { label: "Status, stage and detail changes", types: ["status_change", "stage_change", "record_update"] },
  policy: { label: "Policy changes", types: ["policy_change"] },
  ticket: { label: "Tickets", types: ["ticket"] },
} as const satisfies Record<string, { label: string; types: readonly ActivityType[] }>;

type TypeFilter = keyof typeof typeFilters;

/** A contact's or lead's timeline, newest first, twenty at a time with "Load more", narrowed by kind. */
export function PagedTimeline({ of, id, emptyText, testId }: { of: "contact" | "lead"; id: string; emptyText: string; testId?: string }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<TypeFilter>("all");
  const input = { id, limit: 20, types: [...typeFilters[filter].types] };
  const contactTimeline = useInfiniteQuery(trpc.crm.contacts.timeline.infiniteQueryOptions(input, { ...nextCursorPages, enabled: of === "contact" }));
  const leadTimeline = useInfiniteQuery(trpc.crm.leads.timeline.infiniteQueryOptions(input, { ...nextCursorPages, enabled: of === "lead" }));
  const timeline = of === "contact" ? contactTimeline : leadTimeline;
  const { rows } = pagedRows(timeline.data);

  return (
    <div className="space-y-3">
      <div className="w-64">
        <SelectField label="Show" value={filter} onChange={(event) => setFilter(event.target.value as TypeFilter)} data-testid={testId ? `${testId}-filter` : undefined}>
          {Object.entries(typeFilters).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      {timeline.isPending ? (
        <p className="text-sm text-zinc-500">Loading timeline…</p>
      ) : timeline.isError ? (
        <ErrorAlert error={timeline.error} />
      ) : (
        <ActivityTimeline activities={rows} emptyText={filter === "all" ? emptyText : "Nothing of this kind yet."} testId={testId} />
      )}
      <LoadMoreButton query={timeline} label="Load more" />
    </div>
  );
}
