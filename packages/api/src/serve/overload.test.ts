import { describe, expect, it } from "vitest";
import { db } from "@harbor/db";
import { MAX_BATCH_CALLS } from "../batch-limit";
import { handleTrpcRequest } from "../http";
import { createApiKey } from "../services/auth/api-keys";
import { createTestOrganization } from "../testing";

// More work than the database can take at once is refused cleanly: a batch past the limit is a
// 400 naming it, and calls that cannot get a connection or start a transaction in time are 503s
// with Retry-After — never a 500. This file's pool is 2 connections, so 300 concurrent creates
// queue far past Prisma's 2 s wait for a transaction.
process.env.DATABASE_POOL_SIZE = "2";

interface BatchItem {
  result?: { data: { json: { id: string } } };
  error?: { json: { message: string; data: { code: string; appCode: string; httpStatus: number } } };
}

async function createLeads(apiKey: string, names: string[]) {
  const paths = names.map(() => "crm.leads.create").join(",");
  const body = Object.fromEntries(names.map((name, index) => [index, { json: { kind: "client", name, email: `${name.replace(/\W/g, "-").toLowerCase()}@example.org` } }]));
  const response = await handleTrpcRequest(
    new Request(`http://harbor.test/api/trpc/${paths}?batch=1`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as BatchItem[] | BatchItem };
}

describe("overload", () => {
  it("refuses a batch past the limit with 400 naming it, running none of its calls", async () => {
    const org = await createTestOrganization();
    const { key } = await createApiKey({ actor: org.users.admin, name: "overload" });
    const names = Array.from({ length: 500 }, (_, index) => `Batch ${index}`);
    const { status, body } = await createLeads(key, names);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { json: { message: `A batch may carry at most ${MAX_BATCH_CALLS} calls; this one has 500`, data: { code: "BAD_REQUEST", appCode: "VALIDATION_ERROR" } } } });
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(0);
  });

  it("answers many concurrent transactions with successes and 503s, never a 500, and keeps every acknowledged write", async () => {
    const org = await createTestOrganization();
    const { key } = await createApiKey({ actor: org.users.admin, name: "overload" });
    const batches = await Promise.all(
      Array.from({ length: 15 }, (_, batch) => createLeads(key, Array.from({ length: MAX_BATCH_CALLS }, (_, index) => `Load ${batch}-${index}`))),
    );
    const items = batches.flatMap(({ body }) => (Array.isArray(body) ? body : [body]));
    const created = items.flatMap((item) => (item.result ? [item.result.data.json.id] : []));
    const refused = items.filter((item) => item.error);

    expect(batches.every(({ status }) => [200, 207, 503].includes(status))).toBe(true);
    expect(refused.every((item) => item.error!.json.data.httpStatus === 503 && item.error!.json.data.appCode === "SERVICE_UNAVAILABLE")).toBe(true);
    expect(created.length + refused.length).toBe(15 * MAX_BATCH_CALLS);
    for (const { status, retryAfter } of batches) if (status === 503 || status === 207) expect(retryAfter).toBe("2");
    // Every acknowledged create is stored; nothing refused was half-written.
    expect(await db.lead.count({ where: { organizationId: org.organizationId } })).toBe(created.length);
  }, 120_000);
});
