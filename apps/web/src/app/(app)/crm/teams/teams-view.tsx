"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { ErrorAlert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { nextCursorPages, PagedList, pagedRows } from "~/components/ui/list-shell";
import { cn } from "~/lib/cn";
import { roleLabels } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { TeamFormDialog } from "./team-form-dialog";

type Dialog = { kind: "create" } | { kind: "rename"; team: { id: string; name: string; description: string | null } } | null;

/**
 * Teams and their members. A team's managers (members with the manager role) see the records of
 * everyone in it from the moment they join. Admins change any team; a manager their own.
 */
export function TeamsView({ canManage, isAdmin, ownTeamId }: { canManage: boolean; isAdmin: boolean; ownTeamId: string | null }) {
  const trpc = useTRPC();
  const [selectedId, setSelectedId] = useState<string | null>(ownTeamId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const teams = useInfiniteQuery(trpc.crm.teams.list.infiniteQueryOptions({ limit: 100 }, nextCursorPages));
  const { rows } = pagedRows(teams.data);
  const openId = selectedId ?? rows[0]?.id ?? null;

  return (
    <>
      <PageHeader
        title="Teams"
        description="Who works together. Managers see their team's leads, contacts, deals and tasks."
        create={canManage && { label: "New team", testId: "open-create-team", onClick: () => setDialog({ kind: "create" }) }}
      />
      <div className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
        <PagedList
          query={teams}
          noun={["team", "teams"]}
          className=""
          empty={<EmptyState title="No teams yet" testId="teams-empty">{canManage ? "Create a team, then add its manager and agents." : "Your admins have not set up teams."}</EmptyState>}
        >
          <ul className="space-y-1" aria-label="Teams" data-testid="teams-list">
            {rows.map((team) => (
              <li key={team.id}>
                <button
                  type="button"
                  aria-current={team.id === openId ? "true" : undefined}
                  onClick={() => setSelectedId(team.id)}
                  className={cn("flex w-full items-center justify-between rounded-md px-3 py-2 text-left text-sm", team.id === openId ? "bg-indigo-50 font-medium text-indigo-900" : "text-zinc-700 hover:bg-zinc-50")}
                  data-testid="team-item"
                >
                  <span className="truncate">{team.name}</span>
                  <span className="text-xs text-zinc-600 tabular-nums">{team.memberCount}</span>
                </button>
              </li>
            ))}
          </ul>
        </PagedList>
        {openId ? (
          <TeamPanel key={openId} teamId={openId} canChange={canManage && (isAdmin || openId === ownTeamId)} onRename={(team) => setDialog({ kind: "rename", team })} />
        ) : null}
      </div>
      {dialog ? (
        <TeamFormDialog
          team={dialog.kind === "rename" ? dialog.team : undefined}
          onClose={(saved) => {
            setDialog(null);
            if (saved) setSelectedId(saved.id);
          }}
        />
      ) : null}
    </>
  );
}

function TeamPanel({ teamId, canChange, onRename }: { teamId: string; canChange: boolean; onRename: (team: { id: string; name: string; description: string | null }) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [candidateId, setCandidateId] = useState("");
  const team = useQuery(trpc.crm.teams.get.queryOptions({ id: teamId }));
  const candidates = useQuery(trpc.crm.teams.candidates.queryOptions({ teamId }, { enabled: canChange }));
  const refresh = () => queryClient.invalidateQueries(trpc.crm.teams.pathFilter());
  const add = useMutation(trpc.crm.teams.addMember.mutationOptions({ onSuccess: async () => {
    setCandidateId("");
    await refresh();
  } }));
  const remove = useMutation(trpc.crm.teams.removeMember.mutationOptions({ onSuccess: refresh }));

  if (team.isPending) return <p className="text-sm text-zinc-500">Loading team…</p>;
  if (team.isError) return <ErrorAlert error={team.error} />;
  const members = team.data.members.filter((member) => member.status === "active");
  const managers = members.filter((member) => member.role === "manager");
  const error = add.error ?? remove.error;

  return (
    <section aria-labelledby="team-title" className="rounded-xl border border-zinc-200 p-5" data-testid="team-panel">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="team-title" className="text-base font-semibold text-zinc-900" data-testid="team-name">
            {team.data.name}
          </h2>
          {team.data.description ? <p className="mt-0.5 text-sm text-zinc-600">{team.data.description}</p> : null}
          <p className="mt-1 text-sm text-zinc-600" data-testid="team-managers">
            {managers.length === 0 ? "No manager yet: add a user with the Manager role." : `Managed by ${managers.map((member) => member.name).join(", ")}`}
          </p>
        </div>
        {canChange ? (
          <Button variant="secondary" size="sm" onClick={() => onRename(team.data)}>
            Rename
          </Button>
        ) : null}
      </div>
      <ErrorAlert error={error} className="mt-3" />
      <ul className="mt-4 divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label={`Members of ${team.data.name}`} data-testid="team-members">
        {members.length === 0 ? <li className="px-4 py-3 text-sm text-zinc-600">No members yet.</li> : null}
        {members.map((member) => (
          <li key={member.id} className="flex items-center gap-3 px-4 py-2.5" data-testid="team-member" data-email={member.email}>
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium text-zinc-900">{member.name}</p>
              <p className="text-xs text-zinc-600">{member.email}</p>
            </div>
            <Badge tone={member.role === "manager" ? "indigo" : "neutral"}>{roleLabels[member.role]}</Badge>
            {canChange ? (
              <Button variant="ghost" size="sm" disabled={remove.isPending} onClick={() => remove.mutate({ teamId, userId: member.id })} aria-label={`Remove ${member.name} from ${team.data.name}`}>
                Remove
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canChange ? (
        <form
          className="mt-4 flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (candidateId) add.mutate({ teamId, userId: candidateId });
          }}
        >
          <label className="flex-1 text-sm font-medium text-zinc-800">
            Add a member
            <select
              value={candidateId}
              onChange={(event) => setCandidateId(event.target.value)}
              className="mt-1.5 block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
              data-testid="team-candidate"
            >
              <option value="">Choose a user…</option>
              {(candidates.data?.items ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} · {roleLabels[user.role]}
                  {user.team ? ` (now in ${user.team.name})` : ""}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" disabled={!candidateId || add.isPending}>
            {add.isPending ? "Adding…" : "Add"}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
