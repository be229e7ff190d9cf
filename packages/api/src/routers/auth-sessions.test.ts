import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { signOutSession } from "../services/auth/sessions";
import { callerFor, callerForHeaders, callerForSession, createTestOrganization, openSessionFor } from "../testing";

describe("auth.sessions", () => {
  it("lists the user's own open sessions with device and address, marking the current one", async () => {
    const org = await createTestOrganization();
    const first = await openSessionFor(org.users.agent, { ip: "203.0.113.1", userAgent: "Firefox on Linux" });
    const second = await openSessionFor(org.users.agent, { ip: "203.0.113.2", userAgent: "Safari on iPhone" });
    await openSessionFor(org.users.manager);
    const { items, total } = await (await callerForSession(second)).auth.sessions.list();
    expect(total).toBe(2);
    expect(items.map((session) => [session.id, session.userAgent, session.ip, session.current])).toEqual([
      [second, "Safari on iPhone", "203.0.113.2", true],
      [first, "Firefox on Linux", "203.0.113.1", false],
    ]);
  });

  it("revokes one session at once, even one the actor cache remembered", async () => {
    const org = await createTestOrganization();
    const mine = await openSessionFor(org.users.agent);
    const laptop = await openSessionFor(org.users.agent);
    await (await callerForSession(laptop)).auth.me();
    await (await callerForSession(mine)).auth.sessions.revoke({ id: laptop });
    await expect((await callerForSession(laptop)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForSession(mine)).auth.me()).resolves.toBeTruthy();
    expect(await db.auditLog.count({ where: { action: "auth.sessions.revoke", entityType: "auth_session", actorId: org.users.agent.userId } })).toBe(1);
  });

  it("cannot revoke another user's session", async () => {
    const org = await createTestOrganization();
    const theirs = await openSessionFor(org.users.manager);
    await expect(callerFor(org.users.admin).auth.sessions.revoke({ id: theirs })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("revokeAll ends every other session immediately and keeps this one", async () => {
    const org = await createTestOrganization();
    const here = await openSessionFor(org.users.agent);
    const elsewhere = await openSessionFor(org.users.agent);
    await (await callerForSession(elsewhere)).crm.leads.list({});
    expect(await (await callerForSession(here)).auth.sessions.revokeAll()).toEqual({ revoked: 1 });
    await expect((await callerForSession(elsewhere)).crm.leads.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForSession(here)).crm.leads.list({})).resolves.toBeTruthy();
  });

  it("sign-out ends the session server-side and is audited", async () => {
    const org = await createTestOrganization();
    const sessionId = await openSessionFor(org.users.viewer);
    await (await callerForSession(sessionId)).auth.me();
    await signOutSession(sessionId);
    await expect((await callerForSession(sessionId)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.auditLog.count({ where: { action: "auth.signOut", entityId: sessionId } })).toBe(1);
  });

  it("deactivation ends every session and API key of the user", async () => {
    const org = await createTestOrganization();
    const sessionId = await openSessionFor(org.users.agent);
    const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Script" });
    await callerFor(org.users.admin).admin.users.deactivate({ id: org.users.agent.userId });
    await db.user.update({ where: { id: org.users.agent.userId }, data: { status: "active" } });
    // Reactivated, but what was open before is over: a new sign-in is needed, and a new key.
    await expect((await callerForSession(sessionId)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForHeaders({ authorization: `Bearer ${key}` })).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses an expired session and a session id that is not one", async () => {
    const org = await createTestOrganization();
    const sessionId = await openSessionFor(org.users.agent);
    await db.authSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect((await callerForSession(sessionId)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForSession("not-a-session")).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
