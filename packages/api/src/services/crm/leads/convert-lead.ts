import type { Prisma } from "@harbor/db";
import { auditedTransaction } from "../../audit";
import { announceDealActivity, recordStageChange } from "../opportunities";
import type { Actor } from "../../../access/actor";
import { fieldConflict, fieldError } from "../../../errors";
import { publish } from "../../../realtime";
import { recordActivity } from "../activities";
import { stageProbability } from "../opportunities/stage-probability";
import { scoreOf } from "./lead-fields";
import { rescoreContacts, rescoreLeads, rescoreOpportunities } from "../../scores";
import { findLeadInScope, leadSelect, publishLeadUpdated } from "./lead-record";
import { findContactInScope } from "../contacts";

// Conversion, in one transaction: a client lead becomes a contact (or joins an existing one, the
// usual cross-sell, see conversionMatches) and an opportunity (stage prospect, the lead's value), a recruit lead becomes an agent candidate. The lead is marked
// won and converted, and its timeline carries over to the contact (contactId is set on its
// activities, no rows are copied). Nothing is written unless all of it is.

type Lead = Prisma.LeadGetPayload<{ select: typeof leadSelect }>;

const alreadyConverted = () => fieldConflict("id", "This lead has already been converted");

async function claimLead(tx: Prisma.TransactionClient, lead: Lead, convertedContactId: string | null) {
  // Conditional on convertedAt still being empty, so two conversions racing cannot both win.
  const { count } = await tx.lead.updateMany({
    where: { id: lead.id, convertedAt: null },
    // Rescored as won, so the score shown agrees with the factors that explain it.
    data: { status: "won", score: scoreOf({ ...lead, value: lead.value === null ? null : Number(lead.value), budget: lead.budget === null ? null : Number(lead.budget), status: "won" }), convertedAt: new Date(), convertedContactId },
  });
  if (count !== 1) throw alreadyConverted();
}

const convertedContactSelect = { id: true, name: true, email: true, phone: true, company: true, ownerId: true, createdAt: true } as const;

/** The existing contact the lead converts into: its blank email, phone and company take the lead's. */
async function attachToContact(tx: Prisma.TransactionClient, lead: Lead, contactId: string) {
  const existing = await tx.contact.findUniqueOrThrow({ where: { id: contactId }, select: convertedContactSelect });
  const blanks = {
    ...(existing.email ? {} : lead.email ? { email: lead.email } : {}),
    ...(existing.phone ? {} : lead.phone ? { phone: lead.phone } : {}),
    ...(existing.company ? {} : lead.company ? { company: lead.company } : {}),
  };
  if (Object.keys(blanks).length === 0) return existing;
  return tx.contact.update({ where: { id: contactId }, data: blanks, select: convertedContactSelect });
}

function createContactFromLead(tx: Prisma.TransactionClient, lead: Lead) {
  return tx.contact.create({
    data: {
      organizationId: lead.organizationId,
      ownerId: lead.ownerId,
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      company: lead.company,
      title: lead.jobTitle,
      notes: lead.notes,
      tags: lead.tags,
      lastContactAt: lead.lastInteractionAt,
      ...(lead.preferredChannel ? { communicationPreferences: { preferredChannel: lead.preferredChannel } } : {}),
    },
    select: convertedContactSelect,
  });
}

async function convertClientLead(tx: Prisma.TransactionClient, actor: Actor, lead: Lead, existingContactId: string | undefined) {
  const contact = existingContactId ? await attachToContact(tx, lead, existingContactId) : await createContactFromLead(tx, lead);
  await claimLead(tx, lead, contact.id);
  const probability = stageProbability("prospect");
  const opportunity = await tx.opportunity.create({
    data: {
      organizationId: lead.organizationId,
      ownerId: lead.ownerId,
      contactId: contact.id,
      leadId: lead.id,
      title: `${lead.company ?? lead.name} — new business`,
      value: lead.value ?? 0,
      stage: "prospect",
      probability,
      tags: lead.tags,
    },
    select: { id: true, title: true, stage: true, probability: true, value: true, contactId: true, leadId: true, ownerId: true, createdAt: true },
  });
  await recordStageChange(tx, { actor, organizationId: lead.organizationId, opportunityId: opportunity.id, fromStage: null, toStage: "prospect", probability });
  await tx.activity.updateMany({ where: { organizationId: lead.organizationId, leadId: lead.id }, data: { contactId: contact.id } });
  const activity = await recordActivity(tx, {
    actor,
    type: "system",
    title: existingContactId ? "Converted into an existing contact with an opportunity" : "Converted to a contact and an opportunity",
    leadId: lead.id,
    contactId: contact.id,
    opportunityId: opportunity.id,
  });
  return { contact, opportunity: { ...opportunity, value: Number(opportunity.value) }, activityId: activity.id };
}

async function convertRecruitLead(tx: Prisma.TransactionClient, actor: Actor, lead: Lead) {
  await claimLead(tx, lead, null);
  const candidate = await tx.agentCandidate.create({
    data: {
      organizationId: lead.organizationId,
      ownerId: lead.ownerId,
      leadId: lead.id,
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      notes: lead.notes,
    },
    select: { id: true, name: true, email: true, phone: true, stage: true, ownerId: true, leadId: true, createdAt: true },
  });
  await recordActivity(tx, { actor, type: "system", title: "Converted to an agent candidate", leadId: lead.id, metadata: { candidateId: candidate.id } });
  return { candidate };
}

export type ConversionResult = Awaited<ReturnType<typeof convertClientLead>> | Awaited<ReturnType<typeof convertRecruitLead>>;

/**
 * Converts a lead. A client lead becomes a new contact, or, with `contactId`, attaches its deal and
 * timeline to that existing contact (one within the caller's reach, else NOT_FOUND).
 */
export async function convertLead({ actor, id, contactId }: { actor: Actor; id: string; contactId?: string }) {
  const lead = await findLeadInScope(actor, id, leadSelect);
  if (lead.convertedAt) throw alreadyConverted();
  if (contactId !== undefined && lead.kind !== "client") {
    throw fieldError("contactId", "Only a client lead converts into a contact");
  }
  const existingContactId = contactId === undefined ? undefined : (await findContactInScope(actor, contactId)).id;

  const result: ConversionResult = await auditedTransaction(async (tx): Promise<ConversionResult> =>
    lead.kind === "client" ? convertClientLead(tx, actor, lead, existingContactId) : convertRecruitLead(tx, actor, lead),
  );

  await rescoreLeads({ actor, ids: [lead.id] });
  if ("opportunity" in result) {
    await rescoreContacts({ actor, ids: [result.contact.id] });
    await rescoreOpportunities({ actor, ids: [result.opportunity.id] });
    await announceDealActivity(actor, { opportunityId: result.opportunity.id, activityId: result.activityId, reason: "activity" });
  }
  await publishLeadUpdated({ ...lead, status: "won" }, { organizationId: actor.organizationId, change: "converted", extra: { ...idsOf(result) } });
  if ("opportunity" in result) {
    const { opportunity } = result;
    await publish({
      name: "opportunity:updated",
      userIds: opportunity.ownerId ? [opportunity.ownerId] : [],
      organizationId: actor.organizationId,
      data: { id: opportunity.id, change: "created", oldStage: null, newStage: opportunity.stage, probability: opportunity.probability, value: opportunity.value },
    });
  }
  return result;
}

function idsOf(result: ConversionResult) {
  return "candidate" in result ? { candidateId: result.candidate.id } : { contactId: result.contact.id, opportunityId: result.opportunity.id };
}
