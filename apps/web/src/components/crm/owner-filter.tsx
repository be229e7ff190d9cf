"use client";

import { useQuery } from "@tanstack/react-query";
import { PeopleOptions } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";

/**
 * Narrows a list or board to one owner: everyone the caller may see, themselves, or a person on the
 * roster `crm.agents.list` returns them (their team as a manager, everyone as an admin; only
 * themselves as an agent, who then sees no list of others).
 */
export function OwnerFilter({
  label,
  value,
  onChange,
  currentUserId,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (ownerId: string | null) => void;
  currentUserId: string;
  testId?: string;
}) {
  const trpc = useTRPC();
  const roster = useQuery(trpc.crm.agents.list.queryOptions({}, { staleTime: 5 * 60_000 }));
  const others = (roster.data?.items ?? []).filter((person) => person.id !== currentUserId);
  return (
    <label className="flex items-center gap-2 text-sm text-zinc-600">
      <span>{label}</span>
      <select
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || null)}
        className="rounded-md border-0 bg-white py-1.5 pr-8 pl-2 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
        data-testid={testId}
      >
        <option value="">Everyone</option>
        <option value={currentUserId}>Me</option>
        <PeopleOptions people={others} />
      </select>
    </label>
  );
}
