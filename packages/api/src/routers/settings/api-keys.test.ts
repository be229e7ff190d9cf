import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { resetApiEnv } from "../../env";
import { callerFor, callerForHeaders, createTestOrganization } from "../../testing";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("settings.apiKeys", () => {
  it("shows a new key once; lists show only its prefix", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const created = await agent.settings.apiKeys.create({ name: "Quoting script" });
    expect(created.key).toMatch(/^hbr_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const list = await agent.settings.apiKeys.list();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ name: "Quoting script", prefix: created.prefix, lastUsedAt: null });
    expect(JSON.stringify(list)).not.toContain(created.key);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.keyHash).not.toContain(created.key.slice(4));
  });

  it("lists keys newest first in pages, with the total on the first page, searchable by name", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    for (const name of ["Quotes 1", "Quotes 2", "Quotes 3", "Renewals"]) await agent.settings.apiKeys.create({ name });
    await callerFor(org.users.manager).settings.apiKeys.create({ name: "Manager's key" });

    const first = await agent.settings.apiKeys.list({ limit: 3 });
    expect(first).toMatchObject({ total: 4, totalCapped: false });
    expect(first.items.map((key) => key.name)).toEqual(["Renewals", "Quotes 3", "Quotes 2"]);
    const rest = await agent.settings.apiKeys.list({ limit: 3, cursor: first.nextCursor! });
    expect(rest).toMatchObject({ total: null, nextCursor: null });
    expect(rest.items.map((key) => key.name)).toEqual(["Quotes 1"]);

    const searched = await agent.settings.apiKeys.list({ search: "quotes" });
    expect(searched.items.map((key) => key.name)).toEqual(["Quotes 3", "Quotes 2", "Quotes 1"]);
    expect((await callerFor(org.users.admin).settings.apiKeys.list()).total).toBe(5);
  });

  it("authenticates a script as the key's user and records last use", async () => {
    const org = await createTestOrganization();
    const { key, id } = await callerFor(org.users.viewer).settings.apiKeys.create({ name: "Reports" });
    const viaKey = await callerForHeaders(bearer(key));
    const me = await viaKey.auth.me();
    expect(me.user).toMatchObject({ email: org.users.viewer.email, role: "viewer" });
    expect(me.via).toBe("api_key");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("refuses revoked, unknown and malformed keys with UNAUTHORIZED", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const { key, id } = await agent.settings.apiKeys.create({ name: "Temp" });
    await (await callerForHeaders(bearer(key))).auth.me(); // in use (and remembered) before it is revoked
    await agent.settings.apiKeys.revoke({ id });
    await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForHeaders(bearer("hbr_unknownkeyunknownkeyunknownkeyunknownkeyabc"))).auth.me()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect((await callerForHeaders({ authorization: "Basic abc" })).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("stops a deactivated user's keys", async () => {
    const org = await createTestOrganization();
    const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Soon gone" });
    await (await callerForHeaders(bearer(key))).auth.me();
    await callerFor(org.users.admin).admin.users.deactivate({ id: org.users.agent.userId });
    await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lets users revoke only their own keys, and admins any in the organization", async () => {
    const org = await createTestOrganization();
    const { id } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Mine" });
    await expect(callerFor(org.users.manager).settings.apiKeys.revoke({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const revoked = await callerFor(org.users.admin).settings.apiKeys.revoke({ id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    const adminList = await callerFor(org.users.admin).settings.apiKeys.list({ includeRevoked: true });
    expect(adminList.items.map((item) => item.id)).toContain(id);
  });

  it("keeps keys of other organizations out of reach", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    const { id } = await callerFor(other.users.agent).settings.apiKeys.create({ name: "Theirs" });
    await expect(callerFor(org.users.admin).settings.apiKeys.revoke({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("settings.apiKeys scopes, expiry and limits", () => {
  it("creates write keys by default and shows the scope on the key", async () => {
    const org = await createTestOrganization();
    const created = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Default" });
    expect(created).toMatchObject({ scope: "write", expiresAt: null });
    const { items } = await callerFor(org.users.agent).settings.apiKeys.list();
    expect(items[0]).toMatchObject({ scope: "write" });
  });

  it("lets a read key query but refuses its mutations with FORBIDDEN", async () => {
    const org = await createTestOrganization();
    const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Reports", scope: "read" });
    const viaKey = await callerForHeaders(bearer(key));
    await expect(viaKey.crm.leads.list({})).resolves.toBeTruthy();
    expect((await viaKey.auth.me()).security.apiKeyScope).toBe("read");
    const refusal = viaKey.crm.leads.create({ kind: "client", name: "Ann Read" });
    await expect(refusal).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(refusal).rejects.toThrow(/read-only/);
  });

  it("stops a key at its expiry and refuses an expiry in the past", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    await expect(agent.settings.apiKeys.create({ name: "Past", expiresAt: new Date(Date.now() - 60_000) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { key, id } = await agent.settings.apiKeys.create({ name: "Short", expiresAt: new Date(Date.now() + 60_000) });
    const { key: later } = await agent.settings.apiKeys.create({ name: "Later", expiresAt: new Date(Date.now() + 60_000) });
    await expect((await callerForHeaders(bearer(later))).auth.me()).resolves.toBeTruthy();
    await db.apiKey.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lets only an admin-scoped key mint keys", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const { key: writeKey } = await agent.settings.apiKeys.create({ name: "Write" });
    await expect((await callerForHeaders(bearer(writeKey))).settings.apiKeys.create({ name: "Child" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { key: adminKey } = await agent.settings.apiKeys.create({ name: "Admin", scope: "admin" });
    await expect((await callerForHeaders(bearer(adminKey))).settings.apiKeys.create({ name: "Child" })).resolves.toMatchObject({ scope: "write" });
  });

  it("rate limits each key per minute with RATE_LIMITED", async () => {
    process.env.API_KEY_RATE_LIMIT_PER_MINUTE = "3";
    resetApiEnv();
    try {
      const org = await createTestOrganization();
      const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Busy" });
      const { key: other } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Other" });
      for (let request = 0; request < 3; request++) await (await callerForHeaders(bearer(key))).auth.me();
      await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
      await expect((await callerForHeaders(bearer(other))).auth.me()).resolves.toBeTruthy();
    } finally {
      delete process.env.API_KEY_RATE_LIMIT_PER_MINUTE;
      resetApiEnv();
    }
  });
});
