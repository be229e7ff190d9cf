import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerTrpcQuery, handleTrpcRequest } from "../http";
import { createApiKey } from "../services/auth/api-keys";
import { createTestOrganization } from "../testing";
import { createApiListener } from "./node-listener";

// /api/trpc's single GET queries are answered by a lean path (answerTrpcQuery) rather than
// tRPC's Fetch adapter. Each request below is sent to the served listener and, as a Fetch
// Request, to handleTrpcRequest: status, body and headers must be the same either way.

let server: Server;
let origin: string;
let adminKey: string;

beforeAll(async () => {
  const org = await createTestOrganization("Lean Query Agency");
  ({ key: adminKey } = await createApiKey({ actor: org.users.admin, name: "lean path test" }));
  const serveApi = createApiListener({ sessionId: async () => null });
  server = createServer((request, response) => void serveApi(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const query = (procedure: string, input?: unknown) => `/api/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;

/** The answer with what differs by nature between two runs taken out: stack traces, dates. */
function comparable(body: string): unknown {
  return JSON.parse(body.replace(/"stack":"(?:[^"\\]|\\.)*"/g, '"stack":"…"'));
}

async function bothWays(path: string, headers: Record<string, string>) {
  const served = await fetch(`${origin}${path}`, { headers });
  const fetchPath = await handleTrpcRequest(new Request(`http://harbor.test${path}`, { headers: { ...headers, "x-forwarded-for": "127.0.0.1" } }));
  return {
    served: { status: served.status, type: served.headers.get("content-type"), vary: served.headers.get("vary"), body: comparable(await served.text()) },
    fetch: { status: fetchPath.status, type: fetchPath.headers.get("content-type"), vary: fetchPath.headers.get("vary"), body: comparable(await fetchPath.text()) },
  };
}

const directRequest = (path: string, headers: Record<string, string> = {}) => {
  const [pathname, search = ""] = path.split("?") as [string, string?];
  return { method: "GET", pathname, search, headers: { get: (name: string) => headers[name] ?? null } };
};

describe("the lean query path", () => {
  const key = () => ({ authorization: `Bearer ${adminKey}` });

  it.each([
    ["a list page", () => query("crm.leads.list", { limit: 5 }), key],
    ["a query without input", () => query("auth.me"), key],
    ["a call without a credential", () => query("crm.leads.list", { limit: 5 }), () => ({})],
    ["a revoked or unknown key", () => query("crm.leads.list", { limit: 5 }), () => ({ authorization: "Bearer hbr_unknown" })],
    ["input its schema refuses", () => query("crm.leads.list", { limit: -3 }), key],
    ["a record that is not there", () => query("crm.leads.get", { id: "00000000-0000-4000-8000-000000000000" }), key],
  ])("answers %s as tRPC's Fetch adapter does", async (_name, path, headers) => {
    const { served, fetch } = await bothWays(path(), headers());
    expect(served).toEqual(fetch);
    expect(await answerTrpcQuery(directRequest(path(), headers()))).toBeDefined();
  });

  it.each([
    ["a mutation sent as GET", () => query("crm.leads.create", { firstName: "Ada" })],
    ["an unknown procedure", () => query("crm.nothing.here", {})],
    ["input that is not JSON", () => "/api/trpc/crm.leads.list?input=%7Bnot-json"],
    ["a batch", () => `/api/trpc/auth.me,auth.me?batch=1&input=${encodeURIComponent("{}")}`],
  ])("leaves %s to the Fetch adapter, which answers the same", async (_name, path) => {
    expect(await answerTrpcQuery(directRequest(path(), key()))).toBeUndefined();
    const { served, fetch } = await bothWays(path(), key());
    expect(served).toEqual(fetch);
    expect(served.status).toBeGreaterThanOrEqual(200);
  });

  it("gives a page's answer the list's rows", async () => {
    const answer = await answerTrpcQuery(directRequest(query("crm.leads.list", { limit: 5 }), key()));
    expect(answer?.status).toBe(200);
    const body = JSON.parse(answer!.body) as { result: { data: { json: { items: unknown } } } };
    expect(Array.isArray(body.result.data.json.items)).toBe(true);
  });
});
