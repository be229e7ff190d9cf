import { db } from "@harbor/db";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callerFor, callerForHeaders, createTestOrganization } from "../../testing";
import { ACTOR_TTL_MS } from "./actor-cache";

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function keyFor(org: Awaited<ReturnType<typeof createTestOrganization>>) {
  const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Script" });
  return key;
}

describe("actor cache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("applies a role change made in Harbor to the very next request", async () => {
    const org = await createTestOrganization();
    const key = await keyFor(org);
    expect((await (await callerForHeaders(bearer(key))).auth.me()).user.role).toBe("agent");
    await callerFor(org.users.admin).admin.users.update({ id: org.users.agent.userId, role: "viewer" });
    expect((await (await callerForHeaders(bearer(key))).auth.me()).user.role).toBe("viewer");
  });

  it("applies a team move to the very next request's record scope", async () => {
    const org = await createTestOrganization();
    const key = await keyFor(org);
    const team = await callerFor(org.users.admin).crm.teams.create({ name: "Renewals desk" });
    await (await callerForHeaders(bearer(key))).auth.me();
    await callerFor(org.users.admin).crm.teams.addMember({ teamId: team.id, userId: org.users.agent.userId });
    const viaKey = await callerForHeaders(bearer(key));
    const { items } = await viaKey.crm.agents.list({});
    expect(items.map((agent) => agent.id)).toEqual([org.users.agent.userId]);
    expect(items[0]?.team?.id).toBe(team.id);
  });

  it("sees a change made outside Harbor (another instance, SQL) within the TTL", async () => {
    const org = await createTestOrganization();
    const key = await keyFor(org);
    vi.useFakeTimers({ toFake: ["performance", "Date"] });
    vi.advanceTimersByTime(1_000); // lru-cache reads a start time of 0 as "no expiry"; a real clock never reads 0
    await (await callerForHeaders(bearer(key))).auth.me();
    await db.user.update({ where: { id: org.users.agent.userId }, data: { status: "deactivated" } });
    await expect((await callerForHeaders(bearer(key))).auth.me()).resolves.toBeTruthy();
    vi.advanceTimersByTime(ACTOR_TTL_MS + 1);
    await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never remembers a refused key", async () => {
    const org = await createTestOrganization();
    const key = await keyFor(org);
    await db.apiKey.updateMany({ where: { userId: org.users.agent.userId }, data: { revokedAt: new Date() } });
    await expect((await callerForHeaders(bearer(key))).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await db.apiKey.updateMany({ where: { userId: org.users.agent.userId }, data: { revokedAt: null } });
    await expect((await callerForHeaders(bearer(key))).auth.me()).resolves.toBeTruthy();
  });
});
