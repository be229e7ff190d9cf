import { db } from "@harbor/db";
import { systemActor } from "../access/actor";
import { applyBatchChunk, beginBatch, finishBatch } from "../services/renewals/batches";
import { uniqueSuffix } from "./factories";

// Test fixtures for renewals: a contact with an active policy renewing in some days, renewal
// files in the documented template, and applying an uploaded file as the worker does.

const DAY = 24 * 60 * 60 * 1000;
const calendarDay = (offsetDays: number) => {
  const at = new Date(Date.now() + offsetDays * DAY);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
};

export async function seedRenewingPolicy(organizationId: string, ownerId: string | null, { renewsInDays = 20, premium = 1_200, policyNumber = `POL-${uniqueSuffix()}`, name = "Renewing Client", type = "auto" as const } = {}) {
  const contact = await db.contact.create({ data: { organizationId, ownerId, name, email: `${uniqueSuffix()}@client.test` } });
  const renewal = calendarDay(renewsInDays);
  const start = new Date(Date.UTC(renewal.getUTCFullYear() - 1, renewal.getUTCMonth(), renewal.getUTCDate()));
  const policy = await db.policy.create({
    data: { organizationId, contactId: contact.id, ownerId, policyNumber, type, carrier: "Acme Mutual", premium, startDate: start, endDate: renewal, renewalDate: renewal, status: "active" },
  });
  return { contactId: contact.id, policyId: policy.id, policyNumber, renewalDate: renewal };
}

export const RENEWAL_HEADER = "policy_number,customer_first_name,customer_last_name,email,phone,policy_type,carrier,premium,prior_premium,start_date,end_date,renewal_date,agent_email";

export interface RenewalFileRow {
  policyNumber: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  policyType?: string;
  carrier?: string;
  premium?: string;
  priorPremium?: string;
  startDate?: string;
  endDate?: string;
  renewalDate?: string;
  agentEmail?: string;
}

export function renewalCsv(rows: RenewalFileRow[]): string {
  const line = (row: RenewalFileRow) =>
    [
      row.policyNumber,
      row.firstName ?? "Client",
      row.lastName ?? row.policyNumber,
      row.email ?? `${row.policyNumber.toLowerCase()}@client.test`,
      row.phone ?? "",
      row.policyType ?? "auto",
      row.carrier ?? "Acme Mutual",
      row.premium ?? "1320",
      row.priorPremium ?? "1200",
      row.startDate ?? "2025-07-01",
      row.endDate ?? "2026-07-01",
      row.renewalDate ?? "",
      row.agentEmail ?? "",
    ].join(",");
  return [RENEWAL_HEADER, ...rows.map(line)].join("\n");
}

/** Applies an uploaded renewal batch the way the worker does: begin, chunks of `size` rows until none remain, finish; counts the chunks. */
export async function applyRenewalBatch(organizationId: string, batchId: string, size?: number) {
  const actor = systemActor(organizationId, "test.renewal-batch");
  await beginBatch({ actor, batchId });
  let chunks = 0;
  for (;;) {
    chunks += 1;
    const { remaining } = await applyBatchChunk({ actor, batchId, size });
    if (remaining === 0) break;
  }
  return { chunks, ...(await finishBatch({ actor, batchId })) };
}
