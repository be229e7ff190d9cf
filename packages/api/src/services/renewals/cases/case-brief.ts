import { writeRenewalBrief } from "@harbor/ai";
import type { Actor } from "../../../access/actor";
import { callModel, openAiRuntime } from "../../copilot/ai-runtime";
import { screenResponse } from "../../copilot/blocked-responses";
import { readScores } from "../../scores";
import { getCase } from "./get-case";

// The renewal-change brief: the expiring and renewal terms side by side, the policy's stored
// renewal-risk factors (services/scores, never recomputed here), and a client-ready summary the AI
// provider writes over those numbers (the figures are ours; see writeRenewalBrief).

const money = (value: number) => value.toLocaleString("en-US", { style: "currency", currency: "USD" });
const day = (date: Date) => date.toLocaleDateString("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

export async function caseBrief({ actor, id }: { actor: Actor; id: string }) {
  const item = await getCase({ actor, id });
  const [risk] = await readScores({ actor, entityType: "policy", ids: [item.policy.id] });
  const prior = item.priorTerm;
  const renewal = item.renewalTerm;
  const premiumChange = renewal.premium === null ? null : Math.round((renewal.premium - prior.premium) * 100) / 100;
  const changePercent = item.premiumChangePercent;
  const changes = [
    ...(changePercent === null ? [] : [`Premium ${changePercent >= 0 ? "up" : "down"} ${Math.abs(changePercent)}%`]),
    ...(renewal.carrier !== prior.carrier ? [`Carrier changes from ${prior.carrier} to ${renewal.carrier}`] : []),
    ...item.coverages.flatMap((line) => [
      ...(line.priorLimit !== line.renewalLimit && line.renewalLimit ? [`${line.name} limit ${line.priorLimit ?? "none"} → ${line.renewalLimit}`] : []),
      ...(line.priorDeductible !== line.renewalDeductible && line.renewalDeductible ? [`${line.name} deductible ${line.priorDeductible ?? "none"} → ${line.renewalDeductible}`] : []),
    ]),
  ];
  const factors = risk?.factors ?? [];
  const figures: Record<string, string> = {
    prior_premium: money(prior.premium),
    renewal_date: day(renewal.renewalDate),
    carrier: prior.carrier,
    renewal_carrier: renewal.carrier,
    ...(renewal.premium === null ? {} : { renewal_premium: money(renewal.premium) }),
    ...(changePercent === null ? {} : { change_percent: `${changePercent >= 0 ? "+" : ""}${changePercent}%` }),
  };
  const runtime = await openAiRuntime(actor, "compose");
  const written = await callModel(() =>
    writeRenewalBrief(runtime.provider, {
      customerName: item.contact.name,
      policyLabel: `${item.policy.type} policy ${item.policy.policyNumber}`,
      figures,
      changes,
      reasons: factors.filter((factor) => factor.value > 0).map((factor) => factor.explanation),
    }),
  );
  const screened = await screenResponse(actor, { text: written.summary, feature: "compose", provider: runtime.provider.name, policy: { blockedTopics: runtime.settings.blockedTopics, secrets: runtime.secrets } });
  return {
    id: item.id,
    caseNumber: item.caseNumber,
    customer: item.contact,
    policy: { id: item.policy.id, policyNumber: item.policy.policyNumber, type: item.policy.type },
    priorTerm: prior,
    renewalTerm: renewal,
    premiumChange,
    premiumChangePercent: changePercent,
    coverages: item.coverages,
    changes,
    renewalRisk: risk ? { score: risk.score, band: risk.band, computedAt: risk.computedAt, factors } : null,
    summary: screened.text,
    withheld: screened.withheld,
    template: written.template,
    provider: written.provider,
  };
}
