import type { RenewalContactChannel, RenewalContactOutcome } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { assertPersonContactable, type OutreachChannel } from "../../crm/dnc";
import { publishCaseChanges } from "./case-events";
import { recordCaseEvents } from "./case-timeline";
import { inCaseTransaction, lockCaseInScope } from "./find-case";
import { getCase } from "./get-case";

// Notes and contact attempts: timeline entries of their own. A contact attempt also counts on the
// case (attempts, last contact) and moves a new case to in progress. An attempt to reach a client on
// the do-not-contact list (by the channel's contact point, or marked "dnc") is refused.

export const channelLabels: Record<RenewalContactChannel, string> = { call: "Call", email: "Email", sms: "SMS", whatsapp: "WhatsApp", in_person: "In person", other: "Contact" };
const outreachOf: Record<RenewalContactChannel, OutreachChannel> = { call: "phone", email: "email", sms: "phone", whatsapp: "phone", in_person: "any", other: "any" };

export const outcomeLabels: Record<RenewalContactOutcome, string> = {
  reached: "reached",
  no_answer: "no answer",
  voicemail: "voicemail",
  callback_requested: "callback requested",
  wrong_number: "wrong number",
  declined: "declined",
};

export async function addCaseNote({ actor, id, note }: { actor: Actor; id: string; note: string }) {
  const caseId = await inCaseTransaction(async (tx) => {
    const state = await lockCaseInScope(tx, actor, id);
    await recordCaseEvents(tx, actor, [{ caseId: state.id, type: "note", title: "Note", detail: note }]);
    return state.id;
  });
  await publishCaseChanges(actor.organizationId, [{ id: caseId, change: "noted" }]);
  return getCase({ actor, id });
}

export async function logContactAttempt({ actor, id, channel, outcome, note, attemptedAt }: { actor: Actor; id: string; channel: RenewalContactChannel; outcome: RenewalContactOutcome; note?: string | undefined; attemptedAt?: Date | undefined }) {
  const at = attemptedAt ?? new Date();
  const caseId = await inCaseTransaction(async (tx) => {
    const state = await lockCaseInScope(tx, actor, id);
    await assertPersonContactable({ organizationId: actor.organizationId, contactId: state.contactId, channel: outreachOf[channel], field: "id", reader: tx });
    await tx.renewalContactAttempt.create({ data: { organizationId: actor.organizationId, caseId: state.id, actorId: actor.kind === "user" ? actor.userId : null, channel, outcome, note: note ?? null, attemptedAt: at } });
    const last = await tx.renewalCase.findUniqueOrThrow({ where: { id: state.id }, select: { lastContactAt: true } });
    await tx.renewalCase.update({
      where: { id: state.id },
      data: {
        contactAttempts: { increment: 1 },
        ...(last.lastContactAt === null || last.lastContactAt < at ? { lastContactAt: at } : {}),
        ...(state.status === "new" ? { status: "in_progress" } : {}),
      },
    });
    await recordCaseEvents(
      tx,
      actor,
      [
        { caseId: state.id, type: "contact_attempt", title: `${channelLabels[channel]}: ${outcomeLabels[outcome]}`, detail: note ?? null, data: { channel, outcome } },
        ...(state.status === "new" ? [{ caseId: state.id, type: "status_changed" as const, title: "Status: In progress", data: { from: "new", to: "in_progress" } }] : []),
      ],
      at,
    );
    return state.id;
  });
  await publishCaseChanges(actor.organizationId, [{ id: caseId, change: "activity" }]);
  return getCase({ actor, id });
}
