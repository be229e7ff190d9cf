import { db } from "@harbor/db";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { openSecret } from "../security/secret-box";
import { signIn } from "../services/auth/sign-in";
import { callerFor, callerForSession, createTestOrganization, openSessionFor, TEST_PASSWORD } from "../testing";

const STEP_SECONDS = 30;
/** The code an authenticator app shows for a secret, `steps` periods from now. */
const codeFor = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * STEP_SECONDS });

async function enrolled(actor: Parameters<typeof callerFor>[0]) {
  const caller = callerFor(actor);
  const enrollment = await caller.auth.mfa.enroll();
  const { recoveryCodes } = await caller.auth.mfa.confirm({ code: await codeFor(enrollment.secret) });
  return { secret: enrollment.secret, recoveryCodes, caller };
}

describe("auth.mfa", () => {
  it("enrolls with a QR code, seals the secret at rest and gives 10 recovery codes once, stored hashed", async () => {
    const org = await createTestOrganization();
    const caller = callerFor(org.users.agent);
    const enrollment = await caller.auth.mfa.enroll();
    expect(enrollment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrollment.otpauthUri).toContain(`secret=${enrollment.secret}`);
    const stored = await db.user.findUniqueOrThrow({ where: { id: org.users.agent.userId } });
    expect(stored.mfaSecret).not.toContain(enrollment.secret);
    expect(openSecret(stored.mfaSecret!)).toBe(enrollment.secret);
    expect(stored.mfaEnabledAt).toBeNull();

    await expect(caller.auth.mfa.confirm({ code: "000000" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { recoveryCodes } = await caller.auth.mfa.confirm({ code: await codeFor(enrollment.secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const hashes = await db.mfaRecoveryCode.findMany({ where: { userId: org.users.agent.userId } });
    expect(hashes.map((row) => row.codeHash).join()).not.toContain(recoveryCodes[0]!.replace("-", ""));
    expect(await caller.auth.mfa.status()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
  });

  it("asks for a code after the right password, signs in with the TOTP code, and refuses its replay", async () => {
    const org = await createTestOrganization();
    const { secret } = await enrolled(org.users.manager);
    const email = org.users.manager.email;
    expect(await signIn({ email, password: TEST_PASSWORD, ip: null })).toEqual({ status: "mfa_required" });
    expect(await signIn({ email, password: TEST_PASSWORD, code: "123456", ip: null })).toEqual({ status: "mfa_invalid" });
    // The confirmation used this period's code, so the app's next one signs in.
    const code = await codeFor(secret, 1);
    expect((await signIn({ email, password: TEST_PASSWORD, code, ip: null })).status).toBe("signed_in");
    expect(await signIn({ email, password: TEST_PASSWORD, code, ip: null })).toEqual({ status: "mfa_invalid" });
    expect(await signIn({ email, password: "wrong-password", code: await codeFor(secret, 1), ip: null })).toEqual({ status: "invalid" });
  });

  it("accepts a recovery code once, audits its use, and counts a wrong code as a failed sign-in", async () => {
    const org = await createTestOrganization();
    const { recoveryCodes } = await enrolled(org.users.viewer);
    const email = org.users.viewer.email;
    const code = recoveryCodes[3]!;
    const first = await signIn({ email, password: TEST_PASSWORD, code: code.toUpperCase(), ip: "10.3.0.1" });
    expect(first.status).toBe("signed_in");
    expect(await signIn({ email, password: TEST_PASSWORD, code, ip: "10.3.0.1" })).toEqual({ status: "mfa_invalid" });
    expect(await db.auditLog.count({ where: { actorId: org.users.viewer.userId, action: "auth.mfa.recoveryCodeUsed" } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: org.users.viewer.userId, action: "auth.signInFailed", changes: { path: ["reason"], equals: "mfa_code" } } })).toBe(1);
    expect(await callerFor(org.users.viewer).auth.mfa.status()).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("turns off only with a current code or the password, and is audited", async () => {
    const org = await createTestOrganization();
    const { caller } = await enrolled(org.users.agent);
    await expect(caller.auth.mfa.disable({ password: "not-my-password" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.auth.mfa.disable({ password: TEST_PASSWORD })).resolves.toEqual({ enabled: false });
    expect(await db.mfaRecoveryCode.count({ where: { userId: org.users.agent.userId } })).toBe(0);
    expect((await signIn({ email: org.users.agent.email, password: TEST_PASSWORD, ip: null })).status).toBe("signed_in");
    const actions = (await db.auditLog.findMany({ where: { actorId: org.users.agent.userId }, select: { action: true } })).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.mfa.enroll", "auth.mfa.confirm", "auth.mfa.disable"]));
  });

  it("sends admins of an organization that requires MFA to enroll before anything else", async () => {
    const org = await createTestOrganization();
    await callerFor(org.users.admin).settings.security.update({ requireMfaForAdmins: true });
    const sessionId = await openSessionFor(org.users.admin);
    const admin = await callerForSession(sessionId);
    expect((await admin.auth.me()).security).toMatchObject({ pending: "mfa_enrollment", mfaRequired: true });
    const refusal = admin.crm.leads.list({});
    await expect(refusal).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(refusal).rejects.toThrow(/two-factor/);
    // Agents are not concerned.
    await expect((await callerForSession(await openSessionFor(org.users.agent))).crm.leads.list({})).resolves.toBeTruthy();

    const enrollment = await admin.auth.mfa.enroll();
    await admin.auth.mfa.confirm({ code: await codeFor(enrollment.secret) });
    await expect((await callerForSession(sessionId)).crm.leads.list({})).resolves.toBeTruthy();
  });
});
