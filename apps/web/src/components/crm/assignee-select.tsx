"use client";

import { useQuery } from "@tanstack/react-query";
import { SelectField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";

/**
 * Picks who a task or ticket goes to: yourself, or an agent or manager you may assign to (the
 * roster `crm.agents.list` returns: your team as a manager, everyone as an admin).
 */
export function AssigneeSelect({
  label,
  value,
  onChange,
  currentUserId,
  allowUnassigned = false,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (userId: string | null) => void;
  currentUserId: string;
  allowUnassigned?: boolean;
  error?: string;
}) {
  const trpc = useTRPC();
  const agents = useQuery(trpc.crm.agents.list.queryOptions({}, { staleTime: 5 * 60_000 }));
  const others = (agents.data?.items ?? []).filter((agent) => agent.id !== currentUserId);
  return (
    <SelectField label={label} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)} error={error}>
      {allowUnassigned ? <option value="">Unassigned</option> : null}
      <option value={currentUserId}>Me</option>
      {others.map((agent) => (
        <option key={agent.id} value={agent.id}>
          {agent.name}
          {agent.team ? ` · ${agent.team.name}` : ""}
        </option>
      ))}
    </SelectField>
  );
}
