"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** The organization's teams as <option>s, after a "No team" choice (value ""). */
export function TeamOptions() {
  const trpc = useTRPC();
  const teams = useQuery(trpc.crm.teams.list.queryOptions({ limit: 200 }, { staleTime: 60_000 }));
  return (
    <>
      <option value="">No team</option>
      {(teams.data?.items ?? []).map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}
