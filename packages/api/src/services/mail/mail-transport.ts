import nodemailer, { type Transporter } from "nodemailer";
import { apiEnv } from "../../env";

// One SMTP transport per SMTP_URL, reused (nodemailer keeps no connection open between sends
// unless pooled). Tests point SMTP_URL at a loopback server and call resetMailTransport.

let cached: { url: string; transporter: Transporter } | undefined;

/** The SMTP transport, or null when SMTP_URL is unset (mail stays in the outbox). */
export function mailTransport(): Transporter | null {
  const url = apiEnv().SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transporter: nodemailer.createTransport(url) };
  return cached.transporter;
}

export function resetMailTransport(): void {
  cached?.transporter.close();
  cached = undefined;
}
