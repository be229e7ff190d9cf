import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { resetApiEnv } from "../../env";
import { applyRenewalBatch, callerFor, renewalCsv, useTestOrganization, type RenewalFileRow } from "../../testing";
import { useRealtimeStandIn } from "../../testing/realtime";
import { publishedEvents } from "../../testing/pipeline-fixtures";

const standIn = useRealtimeStandIn();

describe("renewals.batches", () => {
  const org = useTestOrganization();

  it("refuses an agent's upload and answers a 1,003-row file with its three bad rows by spreadsheet row number", async () => {
    const rows: RenewalFileRow[] = Array.from({ length: 1_003 }, (_, index) => ({
      policyNumber: `BIG-${index + 1}`,
      agentEmail: index % 2 === 0 ? org.users.agent.email : "",
      renewalDate: "2026-07-01",
    }));
    rows[9] = { ...rows[9]!, email: "not-an-email" }; // spreadsheet row 11
    rows[499] = { ...rows[499]!, premium: "lots" }; // row 501
    rows[1_002] = { ...rows[1_002]!, endDate: "2024-01-01" }; // row 1004
    const content = renewalCsv(rows);
    await expect(callerFor(org.users.agent).renewals.batches.upload({ filename: "renewals.csv", content })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const uploaded = await callerFor(org.users.admin).renewals.batches.upload({ filename: "renewals.csv", content });
    expect(uploaded).toMatchObject({ totalRecords: 1_003, validRecords: 1_000, status: "processing", duplicate: false, rowsWithErrors: 3 });
    expect(uploaded.errors).toEqual([
      { row: 11, field: "email", error: 'must be a valid email address (got "not-an-email")' },
      { row: 501, field: "premium", error: '"lots" is not an amount' },
      { row: 1004, field: "end_date", error: "must be after start_date" },
    ]);
    const queued = await db.jobEvent.findMany({ where: { name: "harbor/renewals.batch.apply-requested" } });
    expect(queued.map((event) => (event.data as { batchId: string }).batchId)).toContain(uploaded.batchId);

    // Applied in chunks: contacts, policies and cases created; the agent finds theirs.
    expect(await applyRenewalBatch(org.organizationId, uploaded.batchId, 400)).toMatchObject({ chunks: 3, status: "completed_with_errors", successful: 1_000, failed: 3 });
    expect(await db.policy.count({ where: { organizationId: org.organizationId } })).toBe(1_000);
    expect(await db.contact.count({ where: { organizationId: org.organizationId } })).toBe(1_000);
    const agentCases = await callerFor(org.users.agent).renewals.cases.list({ limit: 5 });
    expect(agentCases.total).toBe(501);
    expect(agentCases.items[0]).toMatchObject({ caseNumber: expect.stringMatching(/^REN-\d{4}-\d{4}$/) as unknown, priorPremium: 1200, renewalPremium: 1320 });
    const status = await callerFor(org.users.manager).renewals.batches.status({ id: uploaded.batchId });
    expect(status).toMatchObject({ status: "completed_with_errors", totalRecords: 1_003, processed: 1_000, successful: 1_000, failed: 3 });
    expect(status.errors.map((error) => error.row)).toEqual([11, 501, 1004]);

    const outcomes = await callerFor(org.users.agent).renewals.dashboard.batchStatus();
    expect(outcomes).toMatchObject([{ id: uploaded.batchId, filename: "renewals.csv", cases: { pending: 501, renewed: 0 }, payment: { received: 0, pending: 501 * 1320 } }]);

    const progress = publishedEvents(standIn).filter((event) => event.name === "renewals.batch.progress");
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.every((event) => event.channels.length === 1 && event.channels[0] === `private-user-${org.users.admin.userId}`)).toBe(true);
    expect(Object.keys(progress.at(-1)!.data).sort()).toEqual(["failed", "id", "processed", "status", "successful", "totalRecords", "validRecords"]);

    // The same file again: the first batch, nothing changed.
    const again = await callerFor(org.users.manager).renewals.batches.upload({ filename: "copy.csv", content });
    expect(again).toMatchObject({ batchId: uploaded.batchId, duplicate: true, status: "completed_with_errors" });
    expect(await db.renewalBatch.count({ where: { organizationId: org.organizationId } })).toBe(1);
    expect(await db.renewalCase.count({ where: { organizationId: org.organizationId } })).toBe(1_000);
  }, 120_000);

  it("updates existing policies and open cases by natural keys, and rejects a policy number repeated in one file", async () => {
    const content = renewalCsv([
      { policyNumber: "BIG-2", premium: "1500", priorPremium: "", renewalDate: "2026-07-01" },
      { policyNumber: "NEW-1", firstName: "Nia", lastName: "New", email: "big-4@client.test", renewalDate: "2026-07-01" },
      { policyNumber: "NEW-1", renewalDate: "2026-07-01" },
    ]);
    const uploaded = await callerFor(org.users.admin).renewals.batches.upload({ filename: "update.csv", content });
    expect(uploaded).toMatchObject({ totalRecords: 3, validRecords: 2, errors: [{ row: 4, field: "policy_number", error: "NEW-1 is already on row 3" }] });
    await applyRenewalBatch(org.organizationId, uploaded.batchId, 400);
    const updated = await db.renewalCase.findFirstOrThrow({ where: { organizationId: org.organizationId, policy: { policyNumber: "BIG-2" } } });
    expect(Number(updated.renewalPremium)).toBe(1500);
    expect(Number(updated.priorPremium)).toBe(1200);
    // NEW-1's customer shares an email with an existing contact: the contact is reused.
    const newPolicy = await db.policy.findFirstOrThrow({ where: { organizationId: org.organizationId, policyNumber: "NEW-1" }, include: { contact: true } });
    expect(newPolicy.contact.email).toBe("big-4@client.test");
    expect(await db.contact.count({ where: { organizationId: org.organizationId } })).toBe(1_000);
  });

  it("refuses a file missing template columns, naming them", async () => {
    await expect(callerFor(org.users.admin).renewals.batches.upload({ filename: "bad.csv", content: "policy_number,email\nP-1,a@b.co" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("carrier, premium, start_date, end_date") as unknown,
    });
  });

  it("keeps a batch validated with a clear message when the job cannot be queued, and starts it again", async () => {
    const content = renewalCsv([{ policyNumber: "QUEUE-1", renewalDate: "2026-07-01" }]);
    // Inngest configured but nothing listening: the send fails.
    process.env.INNGEST_BASE_URL = "http://127.0.0.1:9";
    process.env.INNGEST_EVENT_KEY = "test-key";
    resetApiEnv();
    let batchId: string;
    try {
      const uploaded = await callerFor(org.users.admin).renewals.batches.upload({ filename: "queue.csv", content });
      expect(uploaded).toMatchObject({ status: "validated", message: expect.stringContaining("start the batch again") as unknown });
      batchId = uploaded.batchId;
    } finally {
      delete process.env.INNGEST_BASE_URL;
      delete process.env.INNGEST_EVENT_KEY;
      resetApiEnv();
    }
    const started = await callerFor(org.users.admin).renewals.batches.start({ id: batchId });
    expect(started).toMatchObject({ status: "processing", message: null });
    await expect(callerFor(org.users.admin).renewals.batches.start({ id: batchId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const listed = await callerFor(org.users.admin).renewals.batches.list({});
    expect(listed.items[0]).toMatchObject({ id: batchId, filename: "queue.csv" });
  });
});
