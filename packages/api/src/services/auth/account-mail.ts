import { apiEnv } from "../../env";
import { sendMail, type SendMailInput } from "../mail";

// The mails account security sends, with links to the web app's pages (AUTH_URL).

/** A page of the web app, absolute on AUTH_URL. */
const appPage = (path: string) => `${apiEnv().AUTH_URL.replace(/\/$/, "")}${path}`;

const link = (path: string, token: string) => `${appPage(path)}?token=${encodeURIComponent(token)}`;

interface Recipient {
  organizationId: string;
  email: string;
  name: string;
}

/** A mail to one user of the organization, greeted by name. */
function mailTo(user: Recipient, { body, ...mail }: Pick<SendMailInput, "subject" | "kind" | "secrets"> & { body: string }) {
  return sendMail({ organizationId: user.organizationId, to: user.email, text: `Hello ${user.name},\n\n${body}\n`, ...mail });
}

export function sendVerificationMail(user: Recipient, token: string) {
  return mailTo(user, {
    subject: "Verify your email for Harbor",
    body: `Open this link to verify your email address and start using Harbor:\n\n${link("/verify-email", token)}\n\nThe link works once, for 24 hours.`,
    kind: "email_verification",
    secrets: [token],
  });
}

export function sendPasswordResetMail(user: Recipient, token: string) {
  return mailTo(user, {
    subject: "Reset your Harbor password",
    body: `Someone (hopefully you) asked to reset the password of your Harbor account. Open this link to choose a new one:\n\n${link("/reset-password", token)}\n\nThe link works once, for one hour. If you did not ask, ignore this mail: your password stays as it is.`,
    kind: "password_reset",
    secrets: [token],
  });
}

/** Sign-up with an email that already has an account: tell its owner, not the person signing up. */
export function sendAccountExistsMail(user: Recipient) {
  return mailTo(user, {
    subject: "Someone tried to create a Harbor account with your email",
    body: `Someone tried to sign up for Harbor with this email address, which already has an account. If it was you, sign in instead, or reset your password at ${appPage("/forgot-password")}.`,
    kind: "account_exists",
  });
}
