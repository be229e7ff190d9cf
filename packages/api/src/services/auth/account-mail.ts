import { apiEnv } from "../../env";
import { sendMail } from "../mail";

// The mails account security sends, with links to the web app's pages (AUTH_URL).

/** A page of the web app, absolute on AUTH_URL. */
const appPage = (path: string) => `${apiEnv().AUTH_URL.replace(/\/$/, "")}${path}`;

const link = (path: string, token: string) => `${appPage(path)}?token=${encodeURIComponent(token)}`;

interface Recipient {
  organizationId: string;
  email: string;
  name: string;
}

export function sendVerificationMail(user: Recipient, token: string) {
  const url = link("/verify-email", token);
  return sendMail({
    organizationId: user.organizationId,
    to: user.email,
    subject: "Verify your email for Harbor",
    text: `Hello ${user.name},\n\nOpen this link to verify your email address and start using Harbor:\n\n${url}\n\nThe link works once, for 24 hours.\n`,
    kind: "email_verification",
    secrets: [token],
  });
}

export function sendPasswordResetMail(user: Recipient, token: string) {
  const url = link("/reset-password", token);
  return sendMail({
    organizationId: user.organizationId,
    to: user.email,
    subject: "Reset your Harbor password",
    text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset the password of your Harbor account. Open this link to choose a new one:\n\n${url}\n\nThe link works once, for one hour. If you did not ask, ignore this mail: your password stays as it is.\n`,
    kind: "password_reset",
    secrets: [token],
  });
}

/** Sign-up with an email that already has an account: tell its owner, not the person signing up. */
export function sendAccountExistsMail(user: Recipient) {
  return sendMail({
    organizationId: user.organizationId,
    to: user.email,
    subject: "Someone tried to create a Harbor account with your email",
    text: `Hello ${user.name},\n\nSomeone tried to sign up for Harbor with this email address, which already has an account. If it was you, sign in instead, or reset your password at ${appPage("/forgot-password")}.\n`,
    kind: "account_exists",
  });
}
