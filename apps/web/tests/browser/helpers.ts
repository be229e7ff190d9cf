import { randomBytes } from "node:crypto";
import { createDatabase } from "@harbor/db";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterEach, inject } from "vitest";

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

/**
 * Creates an agency through the public API, as a script would. Each call comes from its own
 * address (X-Forwarded-For, the test server trusting one proxy hop): sign-ups are limited per
 * address, and the suite creates more agencies than one address may in an hour.
 */
export async function signUpThroughApi(baseUrl: string, input: { organizationName: string; name: string; email: string; password: string }) {
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const response = await fetch(`${baseUrl}/api/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
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

/**
 * A fresh agency made through the API, and a new page signed in as its admin on the home page, with
 * the page's errors collected. A file's tests share one browser profile, so an earlier test's session
 * goes first.
 */
export async function signedInAgency(
  browser: { readonly context: BrowserContext },
  agency: { organizationName: string; name: string; emailLabel: string },
): Promise<{ page: Page; errors: string[]; email: string }> {
  const baseUrl = inject("baseUrl");
  await browser.context.clearCookies();
  const email = uniqueEmail(agency.emailLabel);
  await signUpThroughApi(baseUrl, { organizationName: agency.organizationName, name: agency.name, email, password });
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await signIn(page, baseUrl, email, password);
  await page.waitForURL(`${baseUrl}/`);
  return { page, errors, email };
}

/**
 * Signs up a new agency through the sign-up form. The new admin is signed in but acts only once
 * their email is verified: the page waits on /verify-email, the link from the outbox is followed,
 * and the page lands on the home page as the agency's admin.
 */
export async function signUpThroughForm(page: Page, agency: { organizationName: string; name: string; email: string }): Promise<void> {
  const baseUrl = inject("baseUrl");
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel("Agency name").fill(agency.organizationName);
  await page.getByLabel("Your name").fill(agency.name);
  await page.getByLabel("Work email").fill(agency.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create agency" }).click();
  await page.waitForURL(`${baseUrl}/verify-email`);
  await verifyEmailFromOutbox(baseUrl, agency.email);
  await page.goto(`${baseUrl}/`);
}

/** After each test of the file: a failed test leaves a picture of each open page in /tmp; then every page closes. */
export function screenshotFailuresAndClosePages(browser: { readonly context: BrowserContext }, label: string): void {
  afterEach(async ({ task }) => {
    const pages = browser.context.pages();
    if (task.result?.state === "fail") {
      await Promise.all(pages.map((page, index) => page.screenshot({ path: `/tmp/harbor-${label}-failure-${index}.png`, fullPage: true }).catch(() => undefined)));
    }
    await Promise.all(pages.map((page) => page.close()));
  });
}

/**
 * Creates a contact with the contacts list's form (the page is on the list) and waits on its page;
 * returns its id. With `anyway`, the form has named an existing contact and the user says it is
 * someone else.
 */
export async function createContact(
  page: Page,
  contact: { name: string; email?: string; phone?: string; company?: string; tags?: string; customerCode?: string; city?: string },
  { anyway = false } = {},
): Promise<string> {
  await page.getByTestId("open-create-contact").click();
  const dialog = page.getByTestId("contact-form-dialog");
  await dialog.getByLabel("Name").fill(contact.name);
  if (contact.email) await dialog.getByLabel("Email", { exact: true }).fill(contact.email);
  if (contact.phone) await dialog.getByLabel("Phone").fill(contact.phone);
  if (contact.company) await dialog.getByLabel("Company").fill(contact.company);
  if (contact.tags) await dialog.getByLabel("Tags").fill(contact.tags);
  if (contact.customerCode) await dialog.getByLabel("Customer code").fill(contact.customerCode);
  if (contact.city) await dialog.getByLabel("City").fill(contact.city);
  if (anyway) {
    await dialog.getByTestId("duplicate-contact-warning").waitFor();
    await dialog.getByTestId("allow-duplicate").check();
  }
  await dialog.getByRole("button", { name: "Create contact" }).click();
  await page.waitForURL(/\/crm\/contacts\/[0-9a-f-]{36}$/);
  return page.url().split("/").at(-1)!;
}

/**
 * A fresh agency signed in (`signedInAgency`) whose first contact, created from its empty contacts
 * list, is open on its page.
 */
export async function signedInWithContact(
  browser: { readonly context: BrowserContext },
  agency: { organizationName: string; name: string; emailLabel: string },
  contact: Parameters<typeof createContact>[1],
): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await signedInAgency(browser, agency);
  await page.goto(`${inject("baseUrl")}/crm/contacts`);
  await page.getByTestId("contacts-empty").waitFor();
  await createContact(page, contact);
  return { page, errors };
}

/**
 * A form dialog filled and sent: `open` is clicked, each field is filled by its label in order, the
 * `submit` button is clicked and the dialog closes.
 */
export async function submitDialog(page: Page, form: { open: Locator; dialog: string; fields: Record<string, string>; submit: string }): Promise<void> {
  await form.open.click();
  const dialog = page.getByTestId(form.dialog);
  for (const [label, value] of Object.entries(form.fields)) await dialog.getByLabel(label).fill(value);
  await dialog.getByRole("button", { name: form.submit }).click();
  await dialog.waitFor({ state: "hidden" });
}

/**
 * Fills and sends the Add policy form on a contact's page, a one-year 2026 term with Harbor Mutual;
 * returns the dialog (it closes once the policy is saved).
 */
export async function submitPolicy(page: Page, policy: { policyNumber: string; type: string; premium: string }): Promise<Locator> {
  await page.getByTestId("open-add-policy").click();
  const dialog = page.getByTestId("policy-form-dialog");
  await dialog.getByLabel("Policy number").fill(policy.policyNumber);
  await dialog.getByLabel("Type").selectOption(policy.type);
  await dialog.getByLabel("Carrier").fill("Harbor Mutual");
  await dialog.getByLabel("Premium").fill(policy.premium);
  await dialog.getByLabel("Start date").fill("2026-01-01");
  await dialog.getByLabel("End date").fill("2026-12-31");
  await dialog.getByRole("button", { name: "Add policy" }).click();
  return dialog;
}

/** A procedure called over HTTP with the page's session, as the typed client would (superjson). */
export async function callProcedure(page: Page, path: string, json: Record<string, unknown>, dates: string[] = []) {
  const meta = dates.length > 0 ? { values: Object.fromEntries(dates.map((field) => [field, ["Date"]])) } : undefined;
  const response = await page.request.post(`${inject("baseUrl")}/api/trpc/${path}`, { data: { json, ...(meta ? { meta } : {}) } });
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: Record<string, unknown> } } }).result.data.json;
}
