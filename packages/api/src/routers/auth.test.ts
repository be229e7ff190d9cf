import { db } from "@harbor/db";
import { afterEach, describe, expect, it } from "vitest";
import { clientIpFrom } from "../client-ip";
import { resetApiEnv } from "../env";
import { purgeExpiredLimits, SIGN_IN_ATTEMPTS_PER_ACCOUNT } from "../services/auth/limits";
import { signIn } from "../services/auth/sign-in";
import { fieldErrorsOf } from "../testing/pipeline-fixtures";
import { callerFor, callerForSession, createTestOrganization, lastMailTo, linkTokenIn, TEST_PASSWORD, uniqueSuffix } from "../testing";

afterEach(() => {
  delete process.env.SIGN_UP_ENABLED;
  resetApiEnv();
});

const signedInSession = async (email: string, password: string) => {
  const result = await signIn({ email, password, ip: "10.9.0.1" });
  if (result.status !== "signed_in") throw new Error(`sign-in ended ${result.status}`);
  return result.user.sessionId;
};

describe("auth.me", () => {
  it("returns the user, role, organization and permissions", async () => {
    const org = await createTestOrganization("Me Agency");
    const me = await callerFor(org.users.agent).auth.me();
    expect(me.user).toMatchObject({ id: org.users.agent.userId, email: org.users.agent.email, role: "agent" });
    expect(me.organization).toMatchObject({ id: org.organizationId, name: "Me Agency" });
    expect(me.permissions).toContain("crm:write");
    expect(me.permissions).not.toContain("users:manage");
    expect(me.security).toMatchObject({ emailVerified: true, mfaEnabled: false, pending: null });
  });

  it("tells the pages what the user may do, so none re-codes a role check", async () => {
    const org = await createTestOrganization("Capable Agency");
    const agent = await callerFor(org.users.agent).auth.me();
    expect(agent.capabilities).toMatchObject({ canWriteCrm: true, canAssignOthers: false, canManageUsers: false });
    const admin = await callerFor(org.users.admin).auth.me();
    expect(admin.capabilities).toMatchObject({ canAssignOthers: true, canManageUsers: true });
  });

  it("is UNAUTHORIZED without a session or key", async () => {
    await expect(callerFor(null).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("auth.signUp", () => {
  const newAgency = (email: string) => ({ organizationName: "Bright Harbor Insurance", name: "Fran Founder", email, password: "a-long-password" });

  it("creates an organization and an admin who must verify the email before acting", async () => {
    const email = `founder-${uniqueSuffix()}@agency.test`;
    expect(await callerFor(null).auth.signUp(newAgency(email.toUpperCase()))).toEqual({ status: "verification_sent", email });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "admin", emailVerifiedAt: null });
    const audit = await db.auditLog.findFirst({ where: { organizationId: user.organizationId, action: "auth.signUp" } });
    expect(audit?.actorId).toBe(user.id);
    expect(JSON.stringify(audit?.changes)).not.toContain("a-long-password");

    // Signed in, but only to the "verify your email" screen: other procedures refuse.
    const unverified = await callerForSession(await signedInSession(email, "a-long-password"));
    expect((await unverified.auth.me()).security.pending).toBe("email_verification");
    const refusal = unverified.crm.leads.list({});
    await expect(refusal).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(refusal).rejects.toThrow(/Verify your email/);

    const mail = await lastMailTo(email, "email_verification");
    expect(mail.body).toContain("/verify-email?token=");
    await expect(callerFor(null).auth.email.verify({ token: linkTokenIn(mail.body) })).resolves.toEqual({ verified: true, email });
    const verified = await callerForSession(await signedInSession(email, "a-long-password"));
    await expect(verified.crm.leads.list({})).resolves.toMatchObject({ items: [] });
    // The link works once.
    await expect(callerFor(null).auth.email.verify({ token: linkTokenIn(mail.body) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("answers the same for an email already in use, and mails its owner instead", async () => {
    const org = await createTestOrganization();
    const answer = await callerFor(null).auth.signUp({ ...newAgency(org.users.agent.email), organizationName: "Copycat" });
    expect(answer).toEqual({ status: "verification_sent", email: org.users.agent.email });
    expect(await db.organization.count({ where: { name: "Copycat" } })).toBe(0);
    expect((await lastMailTo(org.users.agent.email, "account_exists")).subject).toMatch(/tried to create/);
  });

  it("refuses a common password with the field named", async () => {
    const attempt = callerFor(null).auth.signUp({ ...newAgency(`weak-${uniqueSuffix()}@agency.test`), password: "password123" });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldErrorsOf(error)).toEqual({ password: [expect.stringMatching(/most common passwords/)] });
  });

  it("is refused when the deployment is invite-only", async () => {
    process.env.SIGN_UP_ENABLED = "false";
    resetApiEnv();
    await expect(callerFor(null).auth.signUp(newAgency(`closed-${uniqueSuffix()}@agency.test`))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("signIn", () => {
  it("says invalid for a wrong password and for an unknown email, and audits the failure on a known account", async () => {
    const org = await createTestOrganization();
    expect(await signIn({ email: org.users.viewer.email, password: "wrong-password", ip: "10.0.0.2" })).toEqual({ status: "invalid" });
    expect(await signIn({ email: `nobody-${uniqueSuffix()}@x.test`, password: "whatever", ip: "10.0.0.2" })).toEqual({ status: "invalid" });
    const failure = await db.auditLog.findFirst({ where: { actorId: org.users.viewer.userId, action: "auth.signInFailed" } });
    expect(failure?.changes).toMatchObject({ ip: "10.0.0.2", reason: "password" });
  });

  it("opens a server-side session, records lastLoginAt and audits the sign-in", async () => {
    const org = await createTestOrganization();
    const result = await signIn({ email: org.users.manager.email, password: TEST_PASSWORD, ip: "10.0.0.3", userAgent: "Firefox" });
    expect(result.status).toBe("signed_in");
    if (result.status !== "signed_in") return;
    expect(await db.authSession.findUniqueOrThrow({ where: { id: result.user.sessionId } })).toMatchObject({ ip: "10.0.0.3", userAgent: "Firefox", revokedAt: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: org.users.manager.userId } })).lastLoginAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { actorId: org.users.manager.userId, action: "auth.signIn", entityId: result.user.sessionId } })).toBe(1);
  });

  it("limits an account to 5 failures in 15 minutes from any address, then lets its owner in once the window passes", async () => {
    const org = await createTestOrganization();
    const email = org.users.compliance.email;
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ACCOUNT; attempt++) {
      await signIn({ email, password: "wrong-password", ip: `10.1.0.${attempt}` });
    }
    await expect(signIn({ email, password: TEST_PASSWORD, ip: "10.2.0.1" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // A short lock, not a permanent one: once the window has passed the owner signs in.
    await db.rateLimit.updateMany({ where: { key: { contains: email } }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await signIn({ email, password: TEST_PASSWORD, ip: "10.2.0.1" })).status).toBe("signed_in");
  });

  it("does not lift the limit for a client that spoofs X-Forwarded-For", async () => {
    const org = await createTestOrganization();
    const email = org.users.agent.email;
    const attemptFrom = (spoofed: string) => {
      // The proxy in front of Harbor appended the real address; the client wrote what came before.
      const ip = clientIpFrom(new Headers({ "x-forwarded-for": `${spoofed}, 198.51.100.77` }), 1);
      expect(ip).toBe("198.51.100.77");
      return signIn({ email, password: "wrong-password", ip });
    };
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_ACCOUNT; attempt++) await attemptFrom(`203.0.113.${attempt}`);
    await expect(attemptFrom("203.0.113.200")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const counted = await db.rateLimit.findMany({ where: { key: { contains: "198.51.100.77" } } });
    expect(counted).toHaveLength(1);
    expect(await db.rateLimit.count({ where: { key: { contains: "203.0.113." } } })).toBe(0);
  });

  it("purges expired limiter rows", async () => {
    await db.rateLimit.create({ data: { key: `sign-in-account:old-${uniqueSuffix()}`, points: 3, expire: new Date(Date.now() - 60_000) } });
    expect(await purgeExpiredLimits()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.count({ where: { expire: { lt: new Date() } } })).toBe(0);
  });

  it("refuses a deactivated user", async () => {
    const org = await createTestOrganization();
    await db.user.update({ where: { id: org.users.viewer.userId }, data: { status: "deactivated" } });
    expect(await signIn({ email: org.users.viewer.email, password: TEST_PASSWORD, ip: "10.0.0.6" })).toEqual({ status: "invalid" });
  });
});
