import { systemActor } from "@harbor/api";
import { applyLeadImportChunk } from "@harbor/api/services/crm/leads/import/index";
import { callerFor, createTestOrganization, uniqueSuffix } from "@harbor/api/testing";
import { db } from "@harbor/db";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { EmbeddedRunner } from "../engine/embedded/runner";
import { toInngestFunction } from "../engine/inngest-functions";
import { leadImportApply } from "./lead-imports";

const leadCsv = (count: number, prefix: string) => "Name,Email,Phone\n" + Array.from({ length: count }, (_, index) => `${prefix} ${index},${prefix}.${index}@example.com,555${String(index).padStart(7, "0")}`).join("\n");

async function queueImport(count: number) {
  const org = await createTestOrganization();
  const prefix = `imp${uniqueSuffix()}`;
  const queued = await callerFor(org.users.agent).crm.leads.import.commit({ filename: "book.csv", content: leadCsv(count, prefix), kind: "client" });
  if (queued.status !== "queued") throw new Error(`a ${count}-row file is queued`);
  return { org, prefix, importId: queued.importId };
}

describe("large lead import", () => {
  it("applies a 2,100-row file in chunk steps; a step retried after it committed creates no lead twice", async () => {
    const { org, prefix, importId } = await queueImport(2_100);
    const actor = systemActor(org.organizationId, "test");
    // The first attempt of apply-rows-1 committed its 500 rows, then the worker died before
    // Inngest memoized the step: the retry runs the step again from the start.
    expect(await applyLeadImportChunk({ actor, importId })).toEqual({ applied: 500, failed: 0, remaining: 1_600 });

    const { result } = await new InngestTestEngine({ function: toInngestFunction(leadImportApply) }).execute({
      events: [{ name: "harbor/crm.lead-import.apply-requested", data: { organizationId: org.organizationId, importId } }],
    });
    expect(result).toEqual({ chunks: 4, status: "completed", created: 2_100, updated: 0, skipped: 0, errorCount: 0 });
    expect(await db.lead.count({ where: { organizationId: org.organizationId, name: { startsWith: prefix } } })).toBe(2_100);
    const emails = await db.lead.groupBy({ by: ["email"], where: { organizationId: org.organizationId }, _count: true, having: { email: { _count: { gt: 1 } } } });
    expect(emails).toEqual([]);
    expect(await db.leadImportRow.count({ where: { importId, status: "applied" } })).toBe(2_100);
    expect(await db.leadImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "completed", processed: 2_100, created: 2_100 });
    // Each chunk recorded what it created, in its own transaction (what crm.leads.imports.undo takes back).
    expect(await db.leadImportChange.count({ where: { importId, kind: "created" } })).toBe(2_100);

    // The whole run retried once more: nothing pending, nothing created.
    const again = await new InngestTestEngine({ function: toInngestFunction(leadImportApply) }).execute({
      events: [{ name: "harbor/crm.lead-import.apply-requested", data: { organizationId: org.organizationId, importId } }],
    });
    expect(again.result).toMatchObject({ chunks: 1, status: "completed", created: 2_100 });
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(2_100);
  }, 180_000);

  it("runs on the embedded runner from the commit's queued event", async () => {
    const { org, importId } = await queueImport(2_001);
    await new EmbeddedRunner({ jobs: [leadImportApply] }).drain();
    expect(await db.leadImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "completed", created: 2_001 });
    const run = await db.jobRun.findFirstOrThrow({ where: { organizationId: org.organizationId, functionId: "crm-lead-import-apply" } });
    expect(run).toMatchObject({ engine: "embedded", status: "completed" });
  }, 180_000);
});
