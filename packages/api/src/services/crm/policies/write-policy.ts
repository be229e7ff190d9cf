import { db, type PolicyStatus, type PolicyType, type Prisma } from "@harbor/db";
import { trashMark } from "../trash";
import { auditedTransaction } from "../../audit";
import { live } from "../../../access/scopes/live-record";
import type { Actor } from "../../../access/actor";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { requireId, within } from "../../../access/organization-scope";
import { fieldConflict, fieldError, isUniqueViolation, notFound } from "../../../errors";
import { policySelect, toPolicy } from "./policy-select";
import { policyScope } from "../../../access/scopes/policy-scope";
import { rescorePolicies } from "../../scores";
import { changedFields, fieldLabel, fieldSelect, recordActivity } from "../activities";

/** A policy's change on its contact's timeline, written in the change's transaction. */
function logPolicyChange(tx: Prisma.TransactionClient, actor: Actor, policy: { id: string; contactId: string; policyNumber: string }, title: string, description: string | null = null) {
  return recordActivity(tx, { actor, type: "policy_change", title: `Policy ${policy.policyNumber} ${title}`, description, contactId: policy.contactId, metadata: { policyId: policy.id } });
}

export interface PolicyFields {
  policyNumber: string;
  type: PolicyType;
  carrier: string;
  premium: number;
  startDate: Date;
  endDate: Date;
  renewalDate?: Date | null;
  status?: PolicyStatus;
  gracePeriodDays?: number;
}

/** Policy dates are calendar dates (stored as @db.Date), so only the UTC day counts. */
const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

export function assertPolicyDates(startDate: Date, endDate: Date) {
  if (calendarDay(endDate) <= calendarDay(startDate)) throw fieldError("endDate", "End date must be after the start date");
}

const policyNumberTaken = () => fieldConflict("policyNumber", "Another policy in this organization already has this number");

/** Checked against the whole organization, not just what the actor can see: the number is unique there. */
async function assertPolicyNumberFree(organizationId: string, policyNumber: string, exceptId?: string) {
  const taken = await db.policy.findFirst({
    where: { organizationId, policyNumber, ...live, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw policyNumberTaken();
}

/** The unique index still guards a race between the check and the write; it ends as the same field error. */
function rethrowPolicyNumberConflict(error: unknown): never {
  if (isUniqueViolation(error, /policy_?number/i)) throw policyNumberTaken();
  throw error;
}

export async function createPolicy({ actor, contactId, ...fields }: PolicyFields & { actor: Actor; contactId: string }) {
  const contact = await db.contact.findFirst({
    where: within(ownedRecordScope(actor), { id: requireId(contactId, "contactId") }),
    select: { id: true, ownerId: true },
  });
  if (!contact) throw notFound("Contact");
  assertPolicyDates(fields.startDate, fields.endDate);
  const policyNumber = fields.policyNumber.trim();
  await assertPolicyNumberFree(actor.organizationId, policyNumber);
  const policy = await auditedTransaction(async (tx) => {
    const created = await tx.policy.create({
      data: {
        ...fields,
        policyNumber,
        carrier: fields.carrier.trim(),
        renewalDate: fields.renewalDate === undefined ? fields.endDate : fields.renewalDate,
        organizationId: actor.organizationId,
        contactId: contact.id,
        ownerId: contact.ownerId,
      },
      select: policySelect,
    });
    await logPolicyChange(tx, actor, created, "added", `${created.carrier}, ${created.type}, ${created.status}`);
    return created;
  }).catch(rethrowPolicyNumberConflict);
  await rescorePolicies({ actor, ids: [policy.id] });
  return toPolicy(policy);
}

async function findPolicyInScope(actor: Actor, id: string) {
  const policy = await db.policy.findFirst({ where: within(policyScope(actor), { id: requireId(id) }), select: { id: true, startDate: true, endDate: true } });
  if (!policy) throw notFound("Policy");
  return policy;
}

export async function updatePolicy({ actor, id, ...changes }: Partial<PolicyFields> & { actor: Actor; id: string }) {
  const existing = await findPolicyInScope(actor, id);
  if (changes.startDate || changes.endDate) assertPolicyDates(changes.startDate ?? existing.startDate, changes.endDate ?? existing.endDate);
  const policyNumber = changes.policyNumber?.trim();
  if (policyNumber !== undefined) await assertPolicyNumberFree(actor.organizationId, policyNumber, existing.id);
  const edited = Object.keys(changes).filter((field) => changes[field as keyof typeof changes] !== undefined);
  const policy = await auditedTransaction(async (tx) => {
    const before = await tx.policy.findUniqueOrThrow({ where: { id: existing.id }, select: fieldSelect(edited) });
    const updated = await tx.policy.update({
      where: { id: existing.id },
      data: {
        ...changes,
        ...(policyNumber !== undefined ? { policyNumber } : {}),
        ...(changes.carrier !== undefined ? { carrier: changes.carrier.trim() } : {}),
      },
      select: policySelect,
    });
    const changed = changedFields(before, updated);
    if (changed.length > 0) await logPolicyChange(tx, actor, updated, "changed", `Changed ${changed.map(fieldLabel).join(", ")}`);
    return updated;
  }).catch(rethrowPolicyNumberConflict);
  await rescorePolicies({ actor, ids: [policy.id] });
  return toPolicy(policy);
}

/** Moves a policy to the trash; its number is free for another policy until it is restored. */
export async function deletePolicy({ actor, id }: { actor: Actor; id: string }) {
  const existing = await findPolicyInScope(actor, id);
  await auditedTransaction(async (tx) => {
    const trashed = await tx.policy.update({ where: { id: existing.id }, data: trashMark(actor), select: { id: true, contactId: true, policyNumber: true } });
    await logPolicyChange(tx, actor, trashed, "moved to the trash");
  });
  return { id: existing.id };
}
