import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { signIn, SIGN_IN_ATTEMPTS, SIGN_IN_ATTEMPTS_PER_EMAIL } from "../services/auth/sign-in";
import { callerFor, createTestOrganization, TEST_PASSWORD, uniqueSuffix } from "../testing";

describe("auth.me", () => {
  it("returns the user, role, organization and permissions", async () => {
    const org = await createTestOrganization("Me Agency");
    const me = await callerFor(org.users.agent).auth.me();
    expect(me.user).toMatchObject({ id: org.users.agent.userId, email: org.users.agent.email, role: "agent" });
    expect(me.organization).toMatchObject({ id: org.organizationId, name: "Me Agency" });
    expect(me.permissions).toContain("crm:write");
    expect(me.permissions).not.toContain("users:manage");
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
  it("creates an organization with its first admin, who can then sign in", async () => {
    const email = `founder-${uniqueSuffix()}@agency.test`;
    const result = await callerFor(null).auth.signUp({
      organizationName: "Bright Harbor Insurance",
      name: "Fran Founder",
      email: email.toUpperCase(),
      password: "a-long-password",
    });
    expect(result.user).toMatchObject({ email, role: "admin" });
    expect(result.organization.name).toBe("Bright Harbor Insurance");
    const audit = await db.auditLog.findFirst({ where: { organizationId: result.organization.id, action: "auth.signUp" } });
    expect(audit?.actorId).toBe(result.user.id);
    expect(JSON.stringify(audit?.changes)).not.toContain("a-long-password");

    const signedIn = await signIn({ email, password: "a-long-password", ip: "10.0.0.1" });
    expect(signedIn).toMatchObject({ id: result.user.id, role: "admin" });
  });

  it("refuses an email already in use with CONFLICT naming the field", async () => {
    const org = await createTestOrganization();
    const attempt = callerFor(null).auth.signUp({
      organizationName: "Copycat",
      name: "Copy",
      email: org.users.agent.email,
      password: "a-long-password",
    });
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(attempt).rejects.toThrow(/already exists/);
  });
});

describe("signIn", () => {
  it("returns null for a wrong password and for an unknown email", async () => {
    const org = await createTestOrganization();
    expect(await signIn({ email: org.users.viewer.email, password: "wrong-password", ip: "10.0.0.2" })).toBeNull();
    expect(await signIn({ email: `nobody-${uniqueSuffix()}@x.test`, password: "whatever", ip: "10.0.0.2" })).toBeNull();
  });

  it("records lastLoginAt on success", async () => {
    const org = await createTestOrganization();
    await signIn({ email: org.users.manager.email, password: TEST_PASSWORD, ip: "10.0.0.3" });
    const user = await db.user.findUniqueOrThrow({ where: { id: org.users.manager.userId } });
    expect(user.lastLoginAt).toBeInstanceOf(Date);
  });

  it("is rate limited per email and IP after repeated attempts", async () => {
    const org = await createTestOrganization();
    const email = org.users.agent.email;
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS; attempt++) {
      await signIn({ email, password: "wrong-password", ip: "10.0.0.4" });
    }
    await expect(signIn({ email, password: TEST_PASSWORD, ip: "10.0.0.4" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another IP is counted on its own.
    expect(await signIn({ email, password: TEST_PASSWORD, ip: "10.0.0.5" })).toMatchObject({ email });
  });

  it("limits attempts per email however many IPs they claim to come from", async () => {
    const org = await createTestOrganization();
    const email = org.users.compliance.email;
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS_PER_EMAIL; attempt++) {
      await signIn({ email, password: "wrong-password", ip: `10.1.0.${attempt}` });
    }
    await expect(signIn({ email, password: TEST_PASSWORD, ip: "10.2.0.1" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses a deactivated user", async () => {
    const org = await createTestOrganization();
    await db.user.update({ where: { id: org.users.viewer.userId }, data: { status: "deactivated" } });
    expect(await signIn({ email: org.users.viewer.email, password: TEST_PASSWORD, ip: "10.0.0.6" })).toBeNull();
  });
});
