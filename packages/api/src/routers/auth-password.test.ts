import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { signIn } from "../services/auth/sign-in";
import { callerFor, callerForHeaders, callerForSession, createTestOrganization, lastMailTo, linkTokenIn, openSessionFor, TEST_PASSWORD, uniqueSuffix } from "../testing";
import { fieldErrorsOf } from "../testing/pipeline-fixtures";

const NEW_PASSWORD = "a-brand-new-passphrase";

describe("auth.password.requestReset and reset", () => {
  it("mails a single-use link whose token is stored only as a hash, and the new password works", async () => {
    const org = await createTestOrganization();
    const { email } = org.users.agent;
    expect(await callerFor(null).auth.password.requestReset({ email })).toEqual({ requested: true });
    const token = linkTokenIn((await lastMailTo(email, "password_reset")).body);
    const stored = await db.authToken.findFirstOrThrow({ where: { userId: org.users.agent.userId, purpose: "password_reset" } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

    await expect(callerFor(null).auth.password.reset({ token, newPassword: NEW_PASSWORD })).resolves.toEqual({ reset: true });
    expect((await signIn({ email, password: NEW_PASSWORD, ip: null })).status).toBe("signed_in");
    expect((await signIn({ email, password: TEST_PASSWORD, ip: null })).status).toBe("invalid");
    await expect(callerFor(null).auth.password.reset({ token, newPassword: "another-new-passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.auditLog.count({ where: { actorId: org.users.agent.userId, action: "auth.password.reset" } })).toBe(1);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@x.test`;
    expect(await callerFor(null).auth.password.requestReset({ email })).toEqual({ requested: true });
    expect(await db.mailOutbox.count({ where: { to: email } })).toBe(0);
  });

  it("refuses an expired token", async () => {
    const org = await createTestOrganization();
    await callerFor(null).auth.password.requestReset({ email: org.users.viewer.email });
    const token = linkTokenIn((await lastMailTo(org.users.viewer.email, "password_reset")).body);
    await db.authToken.updateMany({ where: { userId: org.users.viewer.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(callerFor(null).auth.password.reset({ token, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("ends every session and API key of the account", async () => {
    const org = await createTestOrganization();
    const sessionId = await openSessionFor(org.users.manager);
    const { key } = await callerFor(org.users.manager).settings.apiKeys.create({ name: "Script" });
    await (await callerForSession(sessionId)).auth.me();
    await (await callerForHeaders({ authorization: `Bearer ${key}` })).auth.me();
    await callerFor(null).auth.password.requestReset({ email: org.users.manager.email });
    const token = linkTokenIn((await lastMailTo(org.users.manager.email, "password_reset")).body);
    await callerFor(null).auth.password.reset({ token, newPassword: NEW_PASSWORD });
    await expect((await callerForSession(sessionId)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForHeaders({ authorization: `Bearer ${key}` })).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("auth.password.change", () => {
  it("needs the current password, applies the policy, keeps this session and ends the others and every key", async () => {
    const org = await createTestOrganization();
    const current = await openSessionFor(org.users.agent);
    const other = await openSessionFor(org.users.agent, { userAgent: "Other laptop" });
    const { key } = await callerFor(org.users.agent).settings.apiKeys.create({ name: "Script" });
    const caller = await callerForSession(current);

    const wrong = await caller.auth.password.change({ currentPassword: "not-my-password", newPassword: NEW_PASSWORD }).catch((error: unknown) => error);
    expect(fieldErrorsOf(wrong)).toEqual({ currentPassword: ["is incorrect"] });
    const common = await caller.auth.password.change({ currentPassword: TEST_PASSWORD, newPassword: "1234567890" }).catch((error: unknown) => error);
    expect(fieldErrorsOf(common)).toEqual({ newPassword: [expect.stringMatching(/most common passwords/)] });

    await expect(caller.auth.password.change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).resolves.toEqual({ changed: true });
    await expect((await callerForSession(current)).auth.me()).resolves.toMatchObject({ user: { id: org.users.agent.userId } });
    await expect((await callerForSession(other)).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await callerForHeaders({ authorization: `Bearer ${key}` })).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: org.users.agent.userId, action: "auth.password.change" } });
    expect(JSON.stringify(audit.changes)).not.toContain(NEW_PASSWORD);
  });
});
