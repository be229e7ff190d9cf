import { db, type MailStatus } from "@harbor/db";
import { apiEnv } from "../../env";
import { mailTransport } from "./mail-transport";

// The one mail sender. Every message is written to the outbox first; with SMTP configured it is
// then sent and its delivery recorded (sent, or failed with the server's answer). Without SMTP the
// outbox is the delivery: status "sent", provider "outbox", readable in Settings → Outbox.

export interface SendMailInput {
  organizationId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the mail is for, e.g. "password_reset", "ticket_reply", "survey_invite". */
  kind: string;
  /**
   * Single-use secrets in the body (a reset link's token). Once SMTP has delivered the mail they
   * are masked in the stored copy, so the outbox does not keep a working credential.
   */
  secrets?: string[];
}

export interface SentMail {
  id: string;
  status: MailStatus;
  provider: string;
  error: string | null;
}

const mask = (value: string, secrets: string[]) => secrets.reduce((masked, secret) => masked.split(secret).join("[hidden after delivery]"), value);

export async function sendMail({ organizationId, to, subject, text, html, kind, secrets = [] }: SendMailInput): Promise<SentMail> {
  const transport = mailTransport();
  const mail = await db.mailOutbox.create({
    data: {
      organizationId: organizationId ?? null,
      to,
      subject,
      body: text,
      html: html ?? null,
      kind,
      provider: transport ? "smtp" : "outbox",
      status: transport ? "queued" : "sent",
      sentAt: transport ? null : new Date(),
    },
    select: { id: true },
  });
  if (!transport) return { id: mail.id, status: "sent", provider: "outbox", error: null };
  try {
    await transport.sendMail({ from: apiEnv().MAIL_FROM, to, subject, text, ...(html ? { html } : {}) });
    await db.mailOutbox.update({
      where: { id: mail.id },
      data: { status: "sent", sentAt: new Date(), body: mask(text, secrets), html: html ? mask(html, secrets) : null },
    });
    return { id: mail.id, status: "sent", provider: "smtp", error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.mailOutbox.update({ where: { id: mail.id }, data: { status: "failed", error: message.slice(0, 1000) } });
    return { id: mail.id, status: "failed", provider: "smtp", error: message };
  }
}
