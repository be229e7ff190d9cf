import { db } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { AppError, fieldError } from "../../../errors";
import { auditedTransaction } from "../../audit/audited-transaction";
import { DNC_TAG, findDncMatches } from "../../crm/dnc";
import { hashSurveyToken, newSurveyToken, surveyUrl } from "./survey-links";
import { findSurveyInOrganization } from "./write-survey";

// Invites a published survey's contacts, one token each. The invite is recorded here; delivery
// goes through the inbox once it exists. Inviting a contact again, before they answered, hands out
// a new token (the earlier link stops working, since only the hash is kept); a contact who answered
// or is on the do-not-contact list (or marked "dnc") is skipped and said so.

export type InviteSkipReason = "already_responded" | "do_not_contact";

export async function inviteToSurvey({ actor, id, contactIds }: { actor: UserActor; id: string; contactIds: string[] }) {
  const survey = await findSurveyInOrganization(actor, id);
  if (survey.status !== "published") throw fieldError("id", `Publish the survey before inviting; it is ${survey.status}`);
  const wanted = [...new Set(contactIds)];
  const contacts = await db.contact.findMany({
    where: within(ownedRecordScope(actor), { id: { in: wanted } }),
    select: { id: true, email: true, phone: true, tags: true },
  });
  const missing = wanted.filter((contactId) => !contacts.some((contact) => contact.id === contactId));
  if (missing.length > 0) {
    const message = `No contact you can see with id ${missing.join(", ")}`;
    throw new AppError("NOT_FOUND", message, { fieldErrors: { contactIds: [message] } });
  }
  const dnc = await findDncMatches({ organizationId: actor.organizationId, emails: contacts.map((c) => c.email), phones: contacts.map((c) => c.phone) });
  const answered = new Set(
    (await db.surveyInvite.findMany({ where: { surveyId: survey.id, contactId: { in: wanted }, respondedAt: { not: null } }, select: { contactId: true } })).map(
      (invite) => invite.contactId,
    ),
  );

  const invites: { contactId: string; token: string; url: string }[] = [];
  const skipped: { contactId: string; reason: InviteSkipReason }[] = [];
  const writes: { contactId: string; tokenHash: string }[] = [];
  for (const contact of contacts) {
    if (answered.has(contact.id)) {
      skipped.push({ contactId: contact.id, reason: "already_responded" });
      continue;
    }
    if (contact.tags.includes(DNC_TAG) || dnc.has("email", contact.email) || dnc.has("phone", contact.phone)) {
      skipped.push({ contactId: contact.id, reason: "do_not_contact" });
      continue;
    }
    const token = newSurveyToken();
    const tokenHash = hashSurveyToken(token);
    invites.push({ contactId: contact.id, token, url: surveyUrl(token) });
    writes.push({ contactId: contact.id, tokenHash });
  }
  await auditedTransaction(async (tx) => {
    for (const { contactId, tokenHash } of writes) {
      await tx.surveyInvite.upsert({
        where: { surveyId_contactId: { surveyId: survey.id, contactId } },
        create: { organizationId: actor.organizationId, surveyId: survey.id, contactId, tokenHash, invitedById: actor.userId },
        update: { tokenHash, invitedById: actor.userId, createdAt: new Date() },
        select: { id: true },
      });
    }
  });
  return { id: survey.id, invites, skipped };
}
