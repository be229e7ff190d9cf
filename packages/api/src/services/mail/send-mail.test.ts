import { db } from "@harbor/db";
import { afterEach, describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, startLoopbackSmtp, type LoopbackSmtp } from "../../testing";
import { sendMail } from "./send-mail";

let smtp: LoopbackSmtp | undefined;
afterEach(async () => {
  await smtp?.stop();
  smtp = undefined;
});

describe("sendMail", () => {
  it("keeps the mail in the outbox as delivered when no SMTP is configured", async () => {
    const org = await createTestOrganization();
    const sent = await sendMail({ organizationId: org.organizationId, to: "client@example.com", subject: "Hello", text: "Body", kind: "test" });
    expect(sent).toMatchObject({ status: "sent", provider: "outbox", error: null });
    const stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored).toMatchObject({ to: "client@example.com", subject: "Hello", body: "Body", kind: "test", status: "sent" });
    expect(stored.sentAt).toBeInstanceOf(Date);
  });

  it("sends through SMTP, records delivery and masks single-use secrets in the stored copy", async () => {
    smtp = await startLoopbackSmtp();
    const org = await createTestOrganization();
    const sent = await sendMail({
      organizationId: org.organizationId,
      to: "client@example.com",
      subject: "Reset your password",
      text: "Open https://harbor.test/reset?token=s3cret-token to choose a new password.",
      kind: "password_reset",
      secrets: ["s3cret-token"],
    });
    expect(sent).toMatchObject({ status: "sent", provider: "smtp" });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(["client@example.com"]);
    expect(smtp.received[0]?.raw).toContain("s3cret-token");
    const stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored.status).toBe("sent");
    expect(stored.body).not.toContain("s3cret-token");
  });

  it("records a refused delivery as failed with the server's answer", async () => {
    smtp = await startLoopbackSmtp();
    smtp.refuseWith("Mailbox unavailable");
    const sent = await sendMail({ to: "nobody@example.com", subject: "Hi", text: "Body", kind: "test" });
    expect(sent.status).toBe("failed");
    const stored = await db.mailOutbox.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored.status).toBe("failed");
    expect(stored.error).toContain("Mailbox unavailable");
  });
});

describe("settings.outbox.list", () => {
  it("shows admins their organization's mails only, newest first, and refuses other roles", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other");
    await sendMail({ organizationId: org.organizationId, to: "a@example.com", subject: "First", text: "1", kind: "test" });
    await sendMail({ organizationId: org.organizationId, to: "b@example.com", subject: "Second", text: "2", kind: "test" });
    await sendMail({ organizationId: other.organizationId, to: "c@example.com", subject: "Theirs", text: "3", kind: "test" });
    const page = await callerFor(org.users.admin).settings.outbox.list({ limit: 1 });
    expect(page.items.map((mail) => mail.subject)).toEqual(["Second"]);
    expect(page.total).toBe(2);
    const rest = await callerFor(org.users.admin).settings.outbox.list({ limit: 1, cursor: page.nextCursor! });
    expect(rest.items.map((mail) => mail.subject)).toEqual(["First"]);
    await expect(callerFor(org.users.manager).settings.outbox.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
