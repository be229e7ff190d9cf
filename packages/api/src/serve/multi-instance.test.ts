import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, startApiInstance, type ApiInstance } from "../testing";

// Two API processes on different ports sharing one database, as two instances behind a load
// balancer: each caches actors for 5 s, and a change made through one reaches the other at once
// (Postgres NOTIFY → LISTEN, cluster/actor-sync.ts).

let first: ApiInstance;
let second: ApiInstance;

beforeAll(async () => {
  [first, second] = await Promise.all([startApiInstance(process.env.DATABASE_URL!), startApiInstance(process.env.DATABASE_URL!)]);
  // The first call loads the routers (slow on a busy machine); the tests time what follows.
  await Promise.all([first, second].map((instance) => fetch(`${instance.url}/api/trpc/auth.me`)));
}, 180_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

const me = (instance: ApiInstance, key: string) => fetch(`${instance.url}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${key}` } });

describe("two API instances on one database", () => {
  it("refuses a key on one instance as soon as it was revoked on the other", async () => {
    const org = await createTestOrganization();
    const { key, id } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Script" });
    // Both instances have the key's actor in their cache.
    expect((await me(first, key)).status).toBe(200);
    expect((await me(second, key)).status).toBe(200);

    const revoked = await fetch(`${first.url}/api/trpc/settings.apiKeys.revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ json: { id } }),
    });
    expect(revoked.status).toBe(200);

    const refused = await me(second, key);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: { json: { data: { appCode: "UNAUTHORIZED" } } } });
  });

  it("applies a role change made on one instance to the other's next request", async () => {
    const org = await createTestOrganization();
    const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Script" });
    const roleOn = async (instance: ApiInstance) => ((await (await me(instance, key)).json()) as { result: { data: { json: { user: { role: string } } } } }).result.data.json.user.role;
    expect(await roleOn(second)).toBe("agent");
    const { key: adminKey } = await callerFor(org.users.admin).settings.apiKeys.create({ name: "Admin script" });
    const updated = await fetch(`${first.url}/api/trpc/admin.users.update`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
      body: JSON.stringify({ json: { id: org.users.agent.userId, role: "viewer" } }),
    });
    expect(updated.status).toBe(200);
    expect(await roleOn(second)).toBe("viewer");
  });
});
