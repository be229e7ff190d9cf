"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Alert } from "~/components/ui/alert";
import { EmptyState } from "~/components/ui/empty-state";
import { ListState, ListToolbar } from "~/components/ui/list-shell";
import { Segmented } from "~/components/ui/segmented";
import { numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { agentPeriods, formatRate, periodRange, type AgentPeriod } from "./agent-period";
import { PerformanceChart } from "./performance-chart";

/**
 * The agents on the caller's roster: what each did in the chosen period (crm.agents.performance)
 * beside their standing figures (crm.agents.list, from agent_stats).
 */
export function AgentsView({ canRead }: { canRead: boolean }) {
  const trpc = useTRPC();
  const [period, setPeriod] = useState<AgentPeriod>("30d");
  const [range, setRange] = useState(() => periodRange("30d"));
  const performance = useQuery(trpc.crm.agents.performance.queryOptions(range, { enabled: canRead }));
  const standing = useQuery(trpc.crm.agents.list.queryOptions({}, { enabled: canRead }));

  if (!canRead) {
    return (
      <>
        <PageHeader title="Agents" description="Producer figures by period." />
        <Alert tone="info" className="mt-6">
          Agent figures are for managers and admins.
        </Alert>
      </>
    );
  }

  const standingOf = new Map((standing.data?.items ?? []).map((agent) => [agent.id, agent.stats]));
  const rows = performance.data?.items ?? [];

  return (
    <>
      <PageHeader title="Agents" description="What each producer on your roster did in the period, beside their book today." />
      <ListToolbar>
        <Segmented
          label="Period"
          options={agentPeriods}
          value={period}
          onChange={(next) => {
            setPeriod(next);
            setRange(periodRange(next));
          }}
          testId="agents-period"
        />
      </ListToolbar>
      {standing.isError ? (
        <Alert tone="error" className="mt-3">
          Standing figures could not be loaded.
        </Alert>
      ) : null}
      <div className="mt-4 space-y-4">
        <ListState query={performance} isEmpty={rows.length === 0} loading="Loading agent figures…" empty={<EmptyState title="No agents on your roster" testId="agents-empty">Agents and managers of your team appear here.</EmptyState>}>
          <PerformanceChart rows={rows} />
          <Table
            label="Agent figures"
            testId="agents-table"
            columns={[
              "Agent",
              numberColumn("New leads"),
              numberColumn("Converted"),
              numberColumn("Conversion"),
              numberColumn("Deals won"),
              numberColumn("Won value"),
              numberColumn("Premium written"),
              numberColumn("Calls · emails · meetings"),
              numberColumn("Activities"),
              numberColumn("Leads owned"),
              numberColumn("Open deals"),
              numberColumn("Overdue tasks"),
            ]}
          >
            <tbody>
              {rows.map((agent) => {
                const stats = standingOf.get(agent.id);
                return (
                  <tr key={agent.id} data-testid="agent-row" data-agent-id={agent.id}>
                    <Td>
                      <div className="font-medium text-zinc-900">{agent.name}</div>
                      <div className="text-xs text-zinc-600">{agent.team?.name ?? "No team"}</div>
                    </Td>
                    <NumberTd>{agent.leadsCreated}</NumberTd>
                    <NumberTd>{agent.leadsConverted}</NumberTd>
                    <NumberTd data-testid="agent-conversion">
                      {formatRate(agent.conversionRate)}
                    </NumberTd>
                    <NumberTd>{agent.dealsWon}</NumberTd>
                    <NumberTd>{formatMoney(agent.wonValue)}</NumberTd>
                    <NumberTd data-testid="agent-premium">
                      {formatMoney(agent.premiumWritten)}
                    </NumberTd>
                    <Td className="text-right whitespace-nowrap tabular-nums">
                      {agent.activities.call} · {agent.activities.email} · {agent.activities.meeting}
                    </Td>
                    <NumberTd>{agent.activities.total}</NumberTd>
                    <NumberTd>{stats?.leadsOwned ?? "—"}</NumberTd>
                    <NumberTd>{stats?.openOpportunities ?? "—"}</NumberTd>
                    <NumberTd>{stats?.overdueTasks ?? "—"}</NumberTd>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </ListState>
      </div>
    </>
  );
}
