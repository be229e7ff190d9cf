"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ContactMatchSummary, type ContactMatch } from "~/components/crm/contact-matches";
import { Alert, ErrorAlert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { formatMoney, humanize } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { LeadConversion, LeadDetail } from "./lead-types";

const linkClass = "font-medium text-indigo-700 hover:underline";

/** What a converted lead became, from the conversion just made or, later, from the lead itself. */
function ConversionResult({ lead, conversion }: { lead: LeadDetail; conversion: LeadConversion | undefined }) {
  const contact = conversion && "contact" in conversion ? conversion.contact : lead.convertedContact;
  const opportunities = conversion && "opportunity" in conversion ? [conversion.opportunity] : lead.opportunities;
  const candidate = conversion && "candidate" in conversion ? conversion.candidate : lead.agentCandidate;

  return (
    <Alert tone="success" data-testid="lead-conversion-result">
      <p className="font-medium">{lead.kind === "client" ? "Converted to a contact and an opportunity" : "Converted to an agent candidate"}</p>
      <ul className="mt-1.5 space-y-1">
        {contact ? (
          <li>
            Contact:{" "}
            <Link href={`/crm/contacts/${contact.id}`} className={linkClass} data-testid="converted-contact-link">
              {contact.name}
            </Link>
          </li>
        ) : null}
        {opportunities.map((opportunity) => (
          <li key={opportunity.id}>
            Opportunity:{" "}
            <Link href={`/crm/pipeline?opportunity=${opportunity.id}`} className={linkClass} data-testid="converted-opportunity-link">
              {opportunity.title}
            </Link>{" "}
            <span className="text-emerald-700">
              ({humanize(opportunity.stage)}, {formatMoney(opportunity.value)})
            </span>
          </li>
        ))}
        {candidate ? <li>Agent candidate, stage {humanize(candidate.stage)}</li> : null}
      </ul>
    </Alert>
  );
}

export function LeadConversionPanel({ lead, canWrite }: { lead: LeadDetail; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  // The existing contact to convert into; null creates a new one. Unset until the user chooses: the first match.
  const [target, setTarget] = useState<string | null | undefined>(undefined);
  const matches = useQuery(trpc.crm.leads.conversionMatches.queryOptions({ id: lead.id }, { enabled: confirming && lead.kind === "client" && !lead.convertedAt }));
  const candidates = matches.data?.items ?? [];
  const contactId = target === undefined ? (candidates[0]?.id ?? null) : target;
  const convert = useMutation(
    trpc.crm.leads.convert.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await Promise.all([
          queryClient.invalidateQueries(trpc.crm.leads.get.queryFilter({ id: lead.id })),
          queryClient.invalidateQueries(trpc.crm.leads.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.crm.leads.list.pathFilter()),
        ]);
      },
    }),
  );

  if (lead.convertedAt || convert.data) return <ConversionResult lead={lead} conversion={convert.data} />;
  if (!canWrite) return null;

  const becomes = lead.kind === "client" ? "a contact and an opportunity" : "an agent candidate";
  return (
    <section aria-labelledby="lead-convert-heading" className="rounded-lg border border-zinc-200 p-3">
      <div className="flex items-center justify-between gap-3">
        <div>
          <h3 id="lead-convert-heading" className="text-sm font-semibold text-zinc-900">
            Convert
          </h3>
          <p className="text-xs text-zinc-500">Turns this lead into {becomes} and marks it won.</p>
        </div>
        {confirming ? null : (
          <Button
            onClick={() => {
              convert.reset();
              setConfirming(true);
            }}
            data-testid="convert-lead"
          >
            Convert lead
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="mt-3 space-y-3 border-t border-zinc-100 pt-3">
          {candidates.length > 0 ? (
            <ExistingContactChoice matches={candidates} value={contactId} onChange={setTarget} />
          ) : (
            <p className="text-sm text-zinc-700">
              Create {becomes} from <span className="font-medium">{lead.name}</span>? The timeline carries over; this cannot be undone.
            </p>
          )}
          <ErrorAlert error={convert.error} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={convert.isPending}>
              Cancel
            </Button>
            <Button
              onClick={() => convert.mutate(contactId ? { id: lead.id, contactId } : { id: lead.id })}
              disabled={convert.isPending || (lead.kind === "client" && matches.isPending)}
              data-testid="confirm-convert-lead"
            >
              {convert.isPending ? "Converting…" : contactId ? "Convert into this contact" : `Create ${lead.kind === "client" ? "contact" : "candidate"}`}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** The existing contacts this lead is the same person as, and "a new contact": one to pick. */
function ExistingContactChoice({ matches, value, onChange }: { matches: ContactMatch[]; value: string | null; onChange: (contactId: string | null) => void }) {
  return (
    <fieldset className="space-y-2" data-testid="conversion-matches">
      <legend className="text-sm text-zinc-700">
        This lead looks like an existing client. Attach the deal and the timeline to their record, or create a new contact?
      </legend>
      {matches.map((match) => (
        <label key={match.id} className="flex items-start gap-2 text-sm">
          <input type="radio" name="conversion-target" className="mt-1" checked={value === match.id} onChange={() => onChange(match.id)} data-testid="conversion-match" />
          <ContactMatchSummary match={match} />
        </label>
      ))}
      <label className="flex items-start gap-2 text-sm">
        <input type="radio" name="conversion-target" className="mt-1" checked={value === null} onChange={() => onChange(null)} data-testid="conversion-new-contact" />
        <span className="text-zinc-700">Create a new contact</span>
      </label>
    </fieldset>
  );
}
