import { db } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { within } from "../../access/organization-scope";
import { ownedRecordScope } from "../../access/scopes/owned-record-scope";
import { AppError } from "../../errors";

const linkNotFound = (entity: string, field: string) => new AppError("NOT_FOUND", `${entity} not found`, { fieldErrors: { [field]: [`${entity} not found`] } });

export interface RecordLinks {
  contactId?: string | null | undefined;
  leadId?: string | null | undefined;
  opportunityId?: string | null | undefined;
}

/** The contact, lead and deal a task, appointment or deal links to must be ones the actor can see; else NOT_FOUND on that field. */
export async function assertLinksInReach(actor: Actor, { contactId, leadId, opportunityId }: RecordLinks) {
  const scope = ownedRecordScope(actor);
  if (contactId && !(await db.contact.findFirst({ where: within(scope, { id: contactId }), select: { id: true } }))) throw linkNotFound("Contact", "contactId");
  if (leadId && !(await db.lead.findFirst({ where: within(scope, { id: leadId }), select: { id: true } }))) throw linkNotFound("Lead", "leadId");
  if (opportunityId && !(await db.opportunity.findFirst({ where: within(scope, { id: opportunityId }), select: { id: true } }))) {
    throw linkNotFound("Opportunity", "opportunityId");
  }
}
