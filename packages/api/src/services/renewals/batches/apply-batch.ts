import { db, Prisma, readRows } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { liveSql } from "../../../access/scopes/live-record";
import { sqlCount } from "../../crm/crm-sql";
import { DNC_TAG, findDncMatches } from "../../crm/dnc";
import { notFound } from "../../../errors";
import { publish } from "../../../realtime";
import { publishCasesChanged } from "../cases/case-events";
import { insertCases, type NewCase } from "../cases/insert-cases";
import { recordCaseEvents } from "../cases/case-timeline";
import { findBatchInOrganization } from "./find-batch";
import type { RenewalRow } from "./renewal-file-row";

// The worker's side of a renewal file: its staged rows applied in chunks, each chunk one
// transaction of set-based statements — contacts found by email or phone (else created), policies
// by number (updated, else created), then the policy term's case opened or its quote updated. A
// chunk marks its rows applied in the same transaction, so a retried step applies only what is
// still pending; a chunk the database refuses marks its rows failed with the reason and the batch
// goes on. Progress goes to the uploader as `renewals.batch.progress` (ids and counts only), and
// each applied chunk signals the organization that cases changed, so open worklists refetch.

export const APPLY_CHUNK = 500;

interface StagedRow {
  id: string;
  row: number;
  data: RenewalRow;
}


export async function beginBatch({ actor, batchId }: { actor: Actor; batchId: string }) {
  const { organizationId } = organizationScope(actor);
  const updated = await db.renewalBatch.updateMany({ where: { id: requireId(batchId, "batchId"), organizationId, status: { in: ["validated", "processing"] } }, data: { status: "processing", message: null } });
  if (updated.count === 0 && !(await db.renewalBatch.findFirst({ where: { id: batchId, organizationId }, select: { id: true } }))) throw notFound("Renewal batch");
  return { started: updated.count === 1 };
}

export async function applyBatchChunk({ actor, batchId, size = APPLY_CHUNK }: { actor: Actor; batchId: string; size?: number }) {
  const { organizationId } = organizationScope(actor);
  const batch = await findBatchInOrganization(actor, batchId, { id: true, uploadedById: true, totalRecords: true }, "batchId");
  // Read through node-postgres (readRows): Prisma spent more CPU turning 500 rows of JSON into objects than applying them.
  const rows = await readRows<StagedRow>(
    Prisma.sql`SELECT id, row, data FROM renewal_batch_rows WHERE batch_id = ${batch.id}::uuid AND status = 'pending' ORDER BY row LIMIT ${sqlCount(size)}`,
  );
  if (rows.length === 0) return { applied: 0, failed: 0, remaining: 0 };
  let applied = 0;
  let failed = 0;
  try {
    await db.$transaction((tx) => applyRows(tx, actor, batch, rows), { timeout: 120_000 });
    applied = rows.length;
    await publishCasesChanged(organizationId, "imported");
  } catch (error) {
    console.error(`renewal batch ${batch.id}: rows ${rows[0]!.row}–${rows.at(-1)!.row} failed:`, error);
    const reason = `not applied: ${error instanceof Error ? error.message.split("\n").find((line) => line.trim()) : "the database refused these rows"}`.slice(0, 500);
    await db.$transaction([
      db.renewalBatchRow.updateMany({ where: { id: { in: rows.map((row) => row.id) }, status: "pending" }, data: { status: "failed", error: reason } }),
      db.renewalBatch.update({ where: { id: batch.id }, data: { processed: { increment: rows.length }, failed: { increment: rows.length } } }),
    ]);
    failed = rows.length;
  }
  // Rows left, from the batch's counters (every valid row starts pending; each chunk adds its rows
  // to processed): counting the pending rows read all of them on every chunk, quadratic in the
  // file. finishBatch still counts them once, so a batch is never closed with rows left behind.
  const { validRecords, processed } = await announceProgress(batch.id);
  return { applied, failed, remaining: Math.max(0, validRecords - processed) };
}

export async function finishBatch({ actor, batchId }: { actor: Actor; batchId: string }) {
  const batch = await findBatchInOrganization(actor, batchId, { id: true, successful: true, failed: true }, "batchId");
  const pending = await db.renewalBatchRow.count({ where: { batchId: batch.id, status: "pending" } });
  const status = pending > 0 ? "failed" : batch.failed === 0 ? "completed" : batch.successful === 0 ? "failed" : "completed_with_errors";
  await db.renewalBatch.update({ where: { id: batch.id }, data: { status, finishedAt: new Date(), ...(pending > 0 ? { message: `${pending} rows were not applied; start the batch again` } : {}) } });
  await announceProgress(batch.id);
  return { status, successful: batch.successful, failed: batch.failed };
}

async function announceProgress(batchId: string) {
  const batch = await db.renewalBatch.findUniqueOrThrow({ where: { id: batchId }, select: { id: true, uploadedById: true, status: true, totalRecords: true, validRecords: true, processed: true, successful: true, failed: true } });
  const { uploadedById, ...counts } = batch;
  if (uploadedById) await publish({ name: "renewals.batch.progress", userIds: [uploadedById], data: counts });
  return counts;
}

/** A policy as a chunk uses it: found by number or created. */
interface ChunkPolicy {
  id: string;
  policyNumber: string;
  contactId: string;
  ownerId: string | null;
  premium: Prisma.Decimal;
  renewalRisk: number | null;
}

const policyColumns = Prisma.sql`p.id, p.policy_number AS "policyNumber", p.contact_id AS "contactId", p.owner_id AS "ownerId", p.premium, p.renewal_risk AS "renewalRisk"`;

// Every statement of a chunk is one set-based SQL statement over arrays (unnest), whatever the
// chunk's size: Prisma's createManyAndReturn and findMany({ in }) cost ~0.3 ms of CPU per row in
// this process (parameters one by one, results through its query compiler), more than the
// database's share.
async function applyRows(tx: Prisma.TransactionClient, actor: Actor, batch: { id: string; uploadedById: string | null }, rows: StagedRow[]) {
  const { organizationId } = actor;
  const now = new Date();
  const data = rows.map((row) => row.data);

  const agentEmails = [...new Set(data.flatMap((row) => (row.agentEmail ? [row.agentEmail] : [])))];
  const agents = new Map(
    agentEmails.length === 0
      ? []
      : (await tx.user.findMany({ where: { organizationId, status: "active", email: { in: agentEmails, mode: "insensitive" } }, select: { id: true, email: true } })).map((user) => [user.email.toLowerCase(), user.id]),
  );
  const agentOf = (row: RenewalRow) => (row.agentEmail ? (agents.get(row.agentEmail) ?? null) : null);

  // Contacts by email, else phone; rows of the chunk naming the same person share one new contact.
  const emails = [...new Set(data.flatMap((row) => (row.email ? [row.email] : [])))];
  const phones = [...new Set(data.flatMap((row) => (row.phone ? [row.phone] : [])))];
  // Live contacts only (a trashed customer is not reached). Each side walks its (organization,
  // email) or (organization, phone) index; emails arrive
  // normalized (lowercase), so a contact stored with capitals in its email is matched by phone only.
  const found = await tx.$queryRaw<{ id: string; email: string | null; phone: string | null; owner_id: string | null }[]>`
    SELECT id, lower(email) AS email, phone, owner_id FROM contacts c WHERE organization_id = ${organizationId}::uuid AND email = ANY(${emails}::text[]) AND ${liveSql("c")}
    UNION
    SELECT id, lower(email) AS email, phone, owner_id FROM contacts c WHERE organization_id = ${organizationId}::uuid AND phone = ANY(${phones}::text[]) AND ${liveSql("c")}`;
  const byEmail = new Map<string, { id: string; ownerId: string | null }>();
  const byPhone = new Map<string, { id: string; ownerId: string | null }>();
  for (const contact of found) {
    if (contact.email && !byEmail.has(contact.email)) byEmail.set(contact.email, { id: contact.id, ownerId: contact.owner_id });
    if (contact.phone && !byPhone.has(contact.phone)) byPhone.set(contact.phone, { id: contact.id, ownerId: contact.owner_id });
  }
  const contactOf = (row: RenewalRow) => (row.email && byEmail.get(row.email.toLowerCase())) || (row.phone && byPhone.get(row.phone)) || null;
  const newContacts: RenewalRow[] = [];
  const newEmails = new Set<string>();
  const newPhones = new Set<string>();
  for (const row of data) {
    if (contactOf(row) || (row.email && newEmails.has(row.email)) || (row.phone && newPhones.has(row.phone))) continue;
    newContacts.push(row);
    if (row.email) newEmails.add(row.email);
    if (row.phone) newPhones.add(row.phone);
  }
  if (newContacts.length > 0) {
    // A new contact whose email or phone is on the do-not-contact list is flagged as it is created
    // (one lookup for the chunk), as a lead import flags its rows.
    const dnc = await findDncMatches({ organizationId, emails: newContacts.map((row) => row.email), phones: newContacts.map((row) => row.phone), reader: tx });
    const listed = newContacts.map((row) => dnc.has("email", row.email) || dnc.has("phone", row.phone));
    const created = await tx.$queryRaw<{ id: string; email: string | null; phone: string | null; owner_id: string | null }[]>`
      INSERT INTO contacts (organization_id, owner_id, name, email, phone, tags, created_at, updated_at)
      SELECT ${organizationId}::uuid, t.owner_id, t.name, t.email, t.phone, CASE WHEN t.listed THEN ARRAY[${DNC_TAG}]::text[] ELSE '{}'::text[] END, ${now}, ${now}
      FROM unnest(${newContacts.map((row) => agentOf(row) ?? batch.uploadedById)}::uuid[], ${newContacts.map((row) => row.customerName)}::text[],
        ${newContacts.map((row) => row.email)}::text[], ${newContacts.map((row) => row.phone)}::text[], ${listed}::boolean[]) AS t(owner_id, name, email, phone, listed)
      RETURNING id, email, phone, owner_id`;
    for (const contact of created) {
      if (contact.email && !byEmail.has(contact.email.toLowerCase())) byEmail.set(contact.email.toLowerCase(), { id: contact.id, ownerId: contact.owner_id });
      if (contact.phone && !byPhone.has(contact.phone)) byPhone.set(contact.phone, { id: contact.id, ownerId: contact.owner_id });
    }
  }

  // Policies by number: an existing one takes the file's term (and its prior premium when given),
  // a new one is created under the row's contact. Only live policies: a trashed one is not found
  // (and its number is free again), and the condition lets Postgres walk the (organization, policy
  // number) unique index, which covers live policies only — without it every chunk searched the
  // policy-number trigram index once per number, slower as the table grew.
  const numbers = data.map((row) => row.policyNumber);
  const existing = new Map(
    (
      await tx.$queryRaw<ChunkPolicy[]>`
        SELECT ${policyColumns} FROM policies p
        WHERE p.organization_id = ${organizationId}::uuid AND p.policy_number = ANY(${numbers}::text[]) AND ${liveSql("p")}`
    ).map((policy) => [policy.policyNumber, policy]),
  );
  const toUpdate = data.filter((row) => existing.has(row.policyNumber));
  if (toUpdate.length > 0) {
    await tx.$executeRaw`
      UPDATE policies p SET type = t.type::"PolicyType", carrier = t.carrier, start_date = t.start_date, end_date = t.end_date, renewal_date = t.renewal_date,
        premium = COALESCE(t.prior_premium, p.premium), status = 'active', updated_at = now()
      FROM unnest(${toUpdate.map((row) => row.policyNumber)}::text[], ${toUpdate.map((row) => row.policyType)}::text[], ${toUpdate.map((row) => row.carrier)}::text[],
        ${toUpdate.map((row) => row.startDate)}::date[], ${toUpdate.map((row) => row.endDate)}::date[], ${toUpdate.map((row) => row.renewalDate)}::date[],
        ${toUpdate.map((row) => row.priorPremium)}::numeric[]) AS t(policy_number, type, carrier, start_date, end_date, renewal_date, prior_premium)
      WHERE p.organization_id = ${organizationId}::uuid AND p.policy_number = t.policy_number AND ${liveSql("p")}`;
  }
  const toCreate = data.filter((row) => !existing.has(row.policyNumber));
  const contactsOfNew = toCreate.map((row) => contactOf(row)!);
  const createdPolicies =
    toCreate.length === 0
      ? []
      : await tx.$queryRaw<ChunkPolicy[]>`
          INSERT INTO policies AS p (organization_id, contact_id, owner_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date, created_at, updated_at)
          SELECT ${organizationId}::uuid, t.contact_id, t.owner_id, t.policy_number, t.type::"PolicyType", t.carrier, t.premium, t.start_date, t.end_date, t.renewal_date, ${now}, ${now}
          FROM unnest(${contactsOfNew.map((contact) => contact.id)}::uuid[], ${toCreate.map((row, index) => agentOf(row) ?? contactsOfNew[index]!.ownerId)}::uuid[],
            ${toCreate.map((row) => row.policyNumber)}::text[], ${toCreate.map((row) => row.policyType)}::text[], ${toCreate.map((row) => row.carrier)}::text[],
            ${toCreate.map((row) => row.priorPremium ?? row.premium)}::numeric[], ${toCreate.map((row) => row.startDate)}::date[], ${toCreate.map((row) => row.endDate)}::date[],
            ${toCreate.map((row) => row.renewalDate)}::date[]) AS t(contact_id, owner_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date)
          RETURNING ${policyColumns}`;
  const policies = new Map([...existing, ...createdPolicies.map((policy) => [policy.policyNumber, policy] as const)]);

  // The term's case: opened with the file's quote, or its quote brought up to date.
  const policyIds = [...policies.values()].map((policy) => policy.id);
  const cases = await tx.$queryRaw<{ id: string; policyId: string; renewalDate: Date; status: string }[]>`
    SELECT id, policy_id AS "policyId", renewal_date AS "renewalDate", status::text AS status FROM renewal_cases
    WHERE organization_id = ${organizationId}::uuid AND policy_id = ANY(${policyIds}::uuid[])`;
  const caseKey = (policyId: string, day: string) => `${policyId}:${day}`;
  const caseOf = new Map(cases.map((item) => [caseKey(item.policyId, item.renewalDate.toISOString().slice(0, 10)), item]));
  const quotes: { id: string; premium: number }[] = [];
  const fresh: NewCase[] = [];
  for (const row of data) {
    const policy = policies.get(row.policyNumber)!;
    const current = caseOf.get(caseKey(policy.id, row.renewalDate));
    if (current) {
      if (current.status !== "renewed" && current.status !== "failed") quotes.push({ id: current.id, premium: row.premium });
      continue;
    }
    fresh.push({
      policyId: policy.id,
      contactId: policy.contactId,
      assigneeId: agentOf(row) ?? policy.ownerId,
      renewalDate: new Date(row.renewalDate),
      priorPremium: row.priorPremium ?? Number(policy.premium),
      priorStartDate: new Date(row.startDate),
      priorEndDate: new Date(row.endDate),
      priorCarrier: row.carrier,
      renewalPremium: row.premium,
      riskScore: policy.renewalRisk,
      batchId: batch.id,
    });
  }
  if (quotes.length > 0) {
    await tx.$executeRaw`
      UPDATE renewal_cases c SET renewal_premium = t.premium, premium = t.premium, batch_id = ${batch.id}::uuid, updated_at = now()
      FROM unnest(${quotes.map((quote) => quote.id)}::uuid[], ${quotes.map((quote) => quote.premium)}::numeric[]) AS t(id, premium)
      WHERE c.id = t.id`;
    await recordCaseEvents(
      tx,
      actor,
      quotes.map((quote) => ({ caseId: quote.id, type: "updated" as const, title: "Renewal quote from a renewal file", detail: quote.premium.toFixed(2), data: { batchId: batch.id } })),
    );
  }
  const opened = await insertCases(tx, actor, fresh, { title: "Opened from a renewal file" });
  const openedByPolicy = new Map(opened.map((item) => [item.policyId, item.id]));
  const caseIds = data.map((row) => {
    const policy = policies.get(row.policyNumber)!;
    return caseOf.get(caseKey(policy.id, row.renewalDate))?.id ?? openedByPolicy.get(policy.id) ?? null;
  });
  await tx.$executeRaw`
    UPDATE renewal_batch_rows r SET status = 'applied', case_id = t.case_id
    FROM unnest(${rows.map((row) => row.id)}::uuid[], ${caseIds}::uuid[]) AS t(id, case_id)
    WHERE r.id = t.id`;
  await tx.renewalBatch.update({ where: { id: batch.id }, data: { processed: { increment: rows.length }, successful: { increment: rows.length } } });
}
