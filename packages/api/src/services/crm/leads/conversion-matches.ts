import type { Actor } from "../../../access/actor";
import { findContactMatches } from "../contacts";
import { findLeadInScope } from "./lead-record";

/**
 * crm.leads.conversionMatches: the existing contacts within the caller's reach that a client lead
 * is the same person as (its email or phone), which crm.leads.convert may attach it to instead
 * of creating a second contact. A recruit, or a lead already converted, has none.
 */
export async function conversionMatches({ actor, id }: { actor: Actor; id: string }) {
  const lead = await findLeadInScope(actor, id, { kind: true, name: true, email: true, phone: true, convertedAt: true });
  if (lead.kind !== "client" || lead.convertedAt) return { items: [] };
  return { items: await findContactMatches(actor, lead) };
}
