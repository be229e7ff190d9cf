import { randomBytes } from "node:crypto";
import { createDatabase } from "@harbor/db";
import type { Page } from "playwright-core";
import { inject } from "vitest";

export const password = "correct horse battery staple";

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}@example.test`;
}

/** Collects uncaught page errors and console errors (hydration mismatches land here) for the test to assert on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A refused request (401 before sign-in) is logged by the browser itself; that is expected.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return errors;
}

/** Creates an agency through the public API, as a script would. */
export async function signUpThroughApi(baseUrl: string, input: { organizationName: string; name: string; email: string; password: string }) {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`auth.signUp answered ${response.status}: ${await response.text()}`);
  await verifyEmailFromOutbox(baseUrl, input.email);
}

/**
 * Follows the verification link a new agency's owner is mailed. The test server has no SMTP, so
 * the mail is in Harbor's outbox, read here as the owner would read their mailbox.
 */
export async function verifyEmailFromOutbox(baseUrl: string, email: string): Promise<void> {
  const database = createDatabase({ databaseUrl: inject("databaseUrl"), maxConnections: 1 });
  try {
    const mail = await database.mailOutbox.findFirstOrThrow({ where: { to: email.toLowerCase(), kind: "email_verification" }, orderBy: { createdAt: "desc" } });
    const token = /[?&]token=([^&\s]+)/.exec(mail.body)?.[1];
    if (!token) throw new Error(`No verification link in: ${mail.body}`);
    const response = await fetch(`${baseUrl}/api/trpc/auth.email.verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { token: decodeURIComponent(token) } }),
    });
    if (!response.ok) throw new Error(`auth.email.verify answered ${response.status}: ${await response.text()}`);
  } finally {
    await database.$disconnect();
  }
}

export async function signIn(page: Page, baseUrl: string, email: string, secret: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(secret);
  await page.getByRole("button", { name: "Sign in" }).click();
}
