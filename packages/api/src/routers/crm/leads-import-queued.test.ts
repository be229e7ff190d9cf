import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { apiEnv, resetApiEnv } from "../../env";
import { callerFor, createTestOrganization, uniqueSuffix, useTestOrganization } from "../../testing";
import { addUser, publishedEvents } from "../../testing/pipeline-fixtures";
import { applyQueuedLeadImport, useImportQueueThreshold } from "../../testing/lead-imports";
import { useRealtimeStandIn } from "../../testing/realtime";

// A lead file above IMPORT_QUEUE_ABOVE_ROWS (2,000 by default; 40 here, to stay fast) is staged in
// the request and applied by the worker's chunks; crm.leads.import.status and the uploader's
// `leads.import.progress` events report it. The worker function itself, with @inngest/test and
// the embedded runner: apps/worker/src/jobs/lead-imports.test.ts.

const standIn = useRealtimeStandIn();

const leadCsv = (count: number, prefix: string, bad: number[] = []) =>
  "Name,Email\n" + Array.from({ length: count }, (_, index) => (bad.includes(index) ? `Bad ${index},not-an-email` : `${prefix} ${index},${prefix}.${index}@example.com`)).join("\n");

describe("crm.leads.import (queued)", () => {
  const org = useTestOrganization();

  useImportQueueThreshold(40);

  it("queues 2,000 rows by default", () => {
    delete process.env.IMPORT_QUEUE_ABOVE_ROWS;
    resetApiEnv();
    expect(apiEnv().IMPORT_QUEUE_ABOVE_ROWS).toBe(2_000);
    process.env.IMPORT_QUEUE_ABOVE_ROWS = "40";
    resetApiEnv();
  });

  it("imports a file at the threshold in the request", async () => {
    const result = await callerFor(org.users.agent).crm.leads.import.commit({ filename: "small.csv", content: leadCsv(40, `small${uniqueSuffix()}`), kind: "client" });
    expect(result).toMatchObject({ status: "completed", created: 40 });
  });

  it("queues a larger file, answering its id; the worker's chunks apply it with progress to the uploader, and status reports it", async () => {
    const prefix = `big${uniqueSuffix()}`;
    const agent = callerFor(org.users.agent);
    const queued = await agent.crm.leads.import.commit({ filename: "big.csv", content: leadCsv(100, prefix, [10, 60]), kind: "client" });
    expect(queued).toEqual({ status: "queued", importId: expect.any(String) as unknown, totalRows: 100 });
    if (queued.status !== "queued") throw new Error("expected a queued import");
    expect(await db.lead.count({ where: { organizationId: org.organizationId, name: { startsWith: prefix } } })).toBe(0);
    const event = await db.jobEvent.findFirst({ where: { name: "harbor/crm.lead-import.apply-requested", data: { path: ["importId"], equals: queued.importId } } });
    expect(event).not.toBeNull();
    expect(await db.auditLog.count({ where: { organizationId: org.organizationId, action: "crm.leads.import.commit", entityId: queued.importId } })).toBe(1);
    expect(await agent.crm.leads.import.status({ id: queued.importId })).toMatchObject({ status: "queued", totalRows: 100, processed: 2, errorCount: 2, errorsByReason: { email: 2 } });

    expect(await applyQueuedLeadImport(org.organizationId, queued.importId, 30)).toMatchObject({ status: "completed", created: 98, errorCount: 2 });
    expect(await db.lead.count({ where: { organizationId: org.organizationId, name: { startsWith: prefix } } })).toBe(98);
    const status = await agent.crm.leads.import.status({ id: queued.importId });
    expect(status).toMatchObject({ status: "completed", filename: "big.csv", totalRows: 100, processed: 100, created: 98, updated: 0, errorCount: 2 });
    expect(status.errors.map((error) => error.row)).toEqual([12, 62]);

    const progress = publishedEvents(standIn).filter((published) => published.name === "leads.import.progress" && published.data.id === queued.importId);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.every((published) => published.channels.length === 1 && published.channels[0] === `private-user-${org.users.agent.userId}`)).toBe(true);
    expect(progress.at(-1)!.data).toMatchObject({ status: "completed", processed: 100, totalRows: 100 });
    expect(Object.keys(progress.at(-1)!.data).sort()).toEqual(["created", "errorCount", "id", "processed", "skipped", "status", "totalRows", "updated"]);
  });

  it("shows an import to its uploader and admins only", async () => {
    const queued = await callerFor(org.users.manager).crm.leads.import.commit({ filename: "mine.csv", content: leadCsv(50, `mine${uniqueSuffix()}`), kind: "client" });
    if (queued.status !== "queued") throw new Error("expected a queued import");
    const colleague = await addUser(org, "agent");
    await expect(callerFor(colleague).crm.leads.import.status({ id: queued.importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.admin).crm.leads.import.status({ id: queued.importId })).resolves.toMatchObject({ status: "queued" });
    const other = await createTestOrganization();
    await expect(callerFor(other.users.admin).crm.leads.import.status({ id: queued.importId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers one clear line and keeps nothing when the job cannot be queued", async () => {
    process.env.INNGEST_BASE_URL = "http://127.0.0.1:9";
    process.env.INNGEST_EVENT_KEY = "test-key";
    resetApiEnv();
    const before = await db.leadImport.count({ where: { organizationId: org.organizationId } });
    try {
      const refused = await callerFor(org.users.agent)
        .crm.leads.import.commit({ filename: "unqueued.csv", content: leadCsv(60, `unq${uniqueSuffix()}`), kind: "client" })
        .catch((error: unknown) => error as { code: string; message: string });
      expect(refused).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: expect.stringMatching(/^The import could not be queued \(.+\); nothing was imported, try again$/) as unknown });
    } finally {
      delete process.env.INNGEST_BASE_URL;
      delete process.env.INNGEST_EVENT_KEY;
      resetApiEnv();
      process.env.IMPORT_QUEUE_ABOVE_ROWS = "40";
      resetApiEnv();
    }
    expect(await db.leadImport.count({ where: { organizationId: org.organizationId } })).toBe(before);
  });
});
