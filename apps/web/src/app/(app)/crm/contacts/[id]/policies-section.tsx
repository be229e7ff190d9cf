"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useUndoDelete } from "~/components/crm/use-undo-delete";
import { ScorePanel } from "~/components/score-panel";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { AddTaskButton } from "~/components/crm/task-actions";
import { ConfirmDialog, useConfirmedMutation } from "~/components/ui/confirm-dialog";
import { actionsColumn, numberColumn, NumberTd, Table, Td } from "~/components/ui/table";
import { formatDay, formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { policyStatusLabels, policyStatusTones, policyTypeLabels } from "./policy-labels";
import { PolicyFormDialog } from "./policy-form-dialog";

type Policy = RouterOutputs["crm"]["contacts"]["get"]["policies"][number];

export function PoliciesSection({ contactId, policies, canWrite }: { contactId: string; policies: Policy[]; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Policy | "new" | null>(null);
  const undoDelete = useUndoDelete();
  const remove = useConfirmedMutation(
    trpc.crm.policies.delete.mutationOptions({
      onSuccess: async (deleted) => {
        undoDelete({ entityType: "policy", id: deleted.id, label: `Policy ${policies.find((policy) => policy.id === deleted.id)?.policyNumber ?? ""}`.trim() });
        await queryClient.invalidateQueries(trpc.crm.contacts.pathFilter());
      },
    }),
    (policy: Policy) => ({ id: policy.id }),
  );

  return (
    <section aria-labelledby="policies-heading" data-testid="policies-section">
      <div className="flex items-end justify-between gap-4 border-b border-zinc-200 pb-2">
        <h2 id="policies-heading" className="text-base font-semibold text-zinc-900">
          Policies <span className="text-sm font-normal text-zinc-400">{policies.length}</span>
        </h2>
        {canWrite ? (
          <Button variant="secondary" size="sm" onClick={() => setEditing("new")} data-testid="open-add-policy">
            Add policy
          </Button>
        ) : null}
      </div>
      <div className="mt-4">
        {policies.length === 0 ? (
          <p className="text-sm text-zinc-500" data-testid="policies-empty">
            No policies on file for this contact.
          </p>
        ) : (
          <Table
            label="Policies"
            testId="policies-table"
            columns={["Policy", "Carrier", numberColumn("Premium"), "Term", "Status", numberColumn("Renewal risk"), canWrite && actionsColumn]}
          >
            <tbody>
              {policies.map((policy) => (
                <tr key={policy.id} data-testid="policy-row" data-policy-number={policy.policyNumber}>
                  <Td>
                    <div className="font-mono text-xs font-medium whitespace-nowrap text-zinc-900">{policy.policyNumber}</div>
                    <div className="text-xs text-zinc-500">{policyTypeLabels[policy.type]}</div>
                  </Td>
                  <Td>{policy.carrier}</Td>
                  <NumberTd>{formatMoney(policy.premium)}</NumberTd>
                  <Td className="text-xs whitespace-nowrap text-zinc-500">
                    <div>
                      {formatDay(policy.startDate)} – {formatDay(policy.endDate)}
                    </div>
                    {policy.renewalDate ? <div>Renews {formatDay(policy.renewalDate)}</div> : null}
                  </Td>
                  <Td>
                    <Badge tone={policyStatusTones[policy.status]}>{policyStatusLabels[policy.status]}</Badge>
                  </Td>
                  <Td className="text-right text-xs whitespace-nowrap text-zinc-600 tabular-nums" data-testid="policy-renewal-risk">
                    {policy.scores.renewalRisk ? `${policy.scores.renewalRisk.score} · ${policy.scores.renewalRisk.band}` : "—"}
                  </Td>
                  {canWrite ? (
                    <Td className="px-1 text-right whitespace-nowrap">
                      <AddTaskButton about={{ kind: "contact", id: contactId, name: `policy ${policy.policyNumber}` }} initialTitle={`Policy ${policy.policyNumber}: `} />
                      <Button variant="ghost" size="sm" onClick={() => setEditing(policy)}>
                        Edit
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => remove.ask(policy)}>
                        Delete
                      </Button>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {policies.length > 0 ? (
          <details className="mt-3 text-sm" data-testid="policy-renewal-risks">
            <summary className="cursor-pointer text-xs font-medium text-zinc-600 hover:text-zinc-900">Why these renewal risks?</summary>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {policies.map((policy) => (
                <ScorePanel key={policy.id} title={`Renewal risk · ${policy.policyNumber}`} score={policy.scores.renewalRisk} risk testId="policy-renewal-risk-panel" />
              ))}
            </div>
          </details>
        ) : null}
      </div>
      {canWrite && editing ? (
        <PolicyFormDialog contactId={contactId} policy={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        {...remove.dialog}
        title={`Delete policy ${remove.target?.policyNumber ?? ""}?`}
        description="The policy is removed from this contact and from renewals. This cannot be undone."
        confirmLabel="Delete policy"
      />
    </section>
  );
}
