import { readdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { callProcedure, password, signIn, signUpThroughApi, uniqueEmail } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** WCAG 2.0 and 2.1, levels A and AA: what issue 12 holds every page to. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const appDirectory = path.join(import.meta.dirname, "../../src/app");

interface PageRoute {
  /** The route as written in the app directory, without route groups: /crm/leads/[id]. */
  pattern: string;
  /** Pages in the (app) group are for a signed-in user; every other group is signed out. */
  signedIn: boolean;
}

/** Every page.tsx under src/app, so a new page is checked without touching this file. */
function pageRoutes(directory = appDirectory, segments: string[] = []): PageRoute[] {
  const routes: PageRoute[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) routes.push(...pageRoutes(path.join(directory, entry.name), [...segments, entry.name]));
    else if (entry.name === "page.tsx") {
      const visible = segments.filter((segment) => !/^\(.*\)$/.test(segment));
      routes.push({ pattern: `/${visible.join("/")}`, signedIn: segments[0] === "(app)" });
    }
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (loaded by `withAxe`) on what the page shows now; the critical and serious violations as one line each. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const violations = await page.evaluate(
    async (tags) => (await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })).violations,
    wcagTags,
  );
  return violations
    .filter((violation) => violation.impact === "critical" || violation.impact === "serious")
    .flatMap((violation) => violation.nodes.map((node) => `${where}: ${violation.id} (${violation.impact}, ${violation.help}) at ${node.target.map(String).join(" ")}`));
}

/** Loads axe-core into every document the page opens, before the page's own scripts (once per navigation, without a script tag). */
async function withAxe(page: Page): Promise<Page> {
  await page.addInitScript({ content: axeSource });
  return page;
}

/** Opens a page and waits until its data has been read (no request for half a second). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

/** A query over HTTP with the page's session (a GET, as the unbatched client sends it). */
async function readProcedure(page: Page, procedure: string, json: Record<string, unknown>) {
  const response = await page.request.get(`${baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json }))}`);
  if (!response.ok()) throw new Error(`${procedure} answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: Record<string, unknown> } } }).result.data.json;
}

const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The records a signed-in agency has for the pages of one record. */
async function createRecords(page: Page) {
  const contact = await callProcedure(page, "crm.contacts.create", { name: "Dana Whitfield", email: "dana@example.test", phone: "+1 415 555 0100" });
  const spouse = await callProcedure(page, "crm.contacts.create", { name: "Sam Whitfield", email: "sam@example.test" });
  await callProcedure(page, "crm.policies.create", { contactId: contact.id, policyNumber: "A11Y-AUTO-1", type: "auto", carrier: "Acme", premium: 1000, startDate: `${day(-345)}T00:00:00.000Z`, endDate: `${day(20)}T00:00:00.000Z` }, ["startDate", "endDate"]);
  await callProcedure(page, "renewals.cases.openDue", {});
  const cases = await readProcedure(page, "renewals.cases.list", { limit: 1 });
  const lead = await callProcedure(page, "crm.leads.create", { kind: "client", name: "Lena Marsh", email: "lena@example.test", company: "Marsh & Co", value: 2400 });
  await callProcedure(page, "crm.leads.create", { kind: "client", name: "Omar Reyes", email: "omar@example.test" });
  const household = await callProcedure(page, "crm.households.create", { name: "The Whitfields", primaryContactId: contact.id, memberIds: [spouse.id] });
  const ticket = await callProcedure(page, "crm.tickets.create", { subject: "Card on file declined", body: "The monthly payment failed.", contactId: contact.id });
  await callProcedure(page, "crm.opportunities.create", { title: "Whitfield home bundle", contactId: contact.id, value: 1800 });
  const survey = await callProcedure(page, "renewals.surveys.create", { title: "Renewal experience", questions: [{ id: "nps", type: "nps", text: "How likely are you to recommend us?", required: true }] });
  const published = await callProcedure(page, "renewals.surveys.publish", { id: survey.id });
  const caseItems = cases.items as { id: string }[];
  if (caseItems.length === 0) throw new Error("renewals.cases.openDue opened no case");
  return { contact, lead, household, ticket, survey, caseId: caseItems[0]!.id, surveyToken: published.token as string };
}

type Records = Awaited<ReturnType<typeof createRecords>>;

/**
 * How a route with a [param] gets a real record. A dynamic page added without an entry here fails
 * the test, rather than going unchecked.
 */
const dynamicRoutes: Record<string, (records: Records) => string> = {
  "/crm/contacts/[id]": (records) => `/crm/contacts/${String(records.contact.id)}`,
  "/crm/households/[id]": (records) => `/crm/households/${String(records.household.id)}`,
  "/crm/leads/[id]": (records) => `/crm/leads/${String(records.lead.id)}`,
  "/crm/tickets/[id]": (records) => `/crm/tickets/${String(records.ticket.id)}`,
  "/renewals/cases/[id]": (records) => `/renewals/cases/${records.caseId}`,
  "/renewals/surveys/[id]": (records) => `/renewals/surveys/${String(records.survey.id)}`,
  "/surveys/[token]": (records) => `/surveys/${records.surveyToken}`,
};

function urlOf(route: PageRoute, records: Records): string {
  if (!route.pattern.includes("[")) return route.pattern;
  const resolve = dynamicRoutes[route.pattern];
  if (!resolve) throw new Error(`${route.pattern} has a [param] and no entry in dynamicRoutes: add how to get a record for it`);
  return resolve(records);
}

/** Where keyboard focus is, as a short description (tag, test id, label). */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "body";
    return [element.tagName.toLowerCase(), element.getAttribute("data-testid"), element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 40)].filter(Boolean).join(" ");
  });
}

async function focusIsWithin(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, testId);
}

describe("accessibility", () => {
  it("every page, the search palette, a dialog and the bulk bar pass axe-core's WCAG 2.1 A/AA rules with no critical or serious violation", async () => {
    const routes = pageRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const email = uniqueEmail("a11y-admin");
    await signUpThroughApi(baseUrl, { organizationName: "Lighthouse Mutual", name: "Alex Admin", email, password });
    await browser.context.clearCookies();
    const page = await withAxe(await browser.context.newPage());
    await signIn(page, baseUrl, email, password);
    await page.waitForURL(`${baseUrl}/`);
    const records = await createRecords(page);
    const found: string[] = [];

    for (const route of routes.filter((candidate) => candidate.signedIn)) {
      const url = urlOf(route, records);
      await visit(page, `${baseUrl}${url}`);
      expect(new URL(page.url()).pathname, `${route.pattern} sent a signed-in admin away`).not.toMatch(/^\/(sign-in|verify-email|setup-mfa)/);
      found.push(...(await seriousViolations(page, url)));
    }

    // The ⌘K palette with results, a form dialog, and the leads list with rows selected.
    await visit(page, `${baseUrl}/crm/leads`);
    await page.keyboard.press("Control+k");
    await page.getByTestId("search-input").fill("whitfield");
    await page.getByTestId("search-result").first().waitFor();
    found.push(...(await seriousViolations(page, "search palette")));
    await page.keyboard.press("Escape");
    await page.getByTestId("select-page").check();
    await page.getByTestId("bulk-bar").waitFor();
    found.push(...(await seriousViolations(page, "leads bulk bar")));
    await visit(page, `${baseUrl}/crm/contacts`);
    await page.getByTestId("open-create-contact").click();
    await page.getByTestId("contact-form-dialog").waitFor();
    found.push(...(await seriousViolations(page, "create contact dialog")));

    // Signed out: sign-in, sign-up, password reset, the public survey.
    await browser.context.clearCookies();
    for (const route of routes.filter((candidate) => !candidate.signedIn)) {
      const url = urlOf(route, records);
      await visit(page, `${baseUrl}${url}`);
      found.push(...(await seriousViolations(page, url)));
    }
    await page.close();

    expect(found).toEqual([]);
  }, 150_000);

  it("works from the keyboard: Ctrl+K and Escape, selecting rows with Space, and a dialog that keeps focus", async () => {
    const email = uniqueEmail("a11y-keyboard");
    await signUpThroughApi(baseUrl, { organizationName: "Keyboard Cover", name: "Kit Keys", email, password });
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await signIn(page, baseUrl, email, password);
    await page.waitForURL(`${baseUrl}/`);
    await callProcedure(page, "crm.leads.create", { kind: "client", name: "Tabitha Tab", email: "tab@example.test" });
    await visit(page, `${baseUrl}/crm/leads`);

    // Ctrl+K opens the search box with focus in it; Escape closes it and focus returns where it was.
    await page.getByTestId("open-create-lead").focus();
    await page.keyboard.press("Control+k");
    await page.getByTestId("search-input").waitFor();
    expect(await focused(page)).toContain("search-input");
    await page.keyboard.press("Escape");
    await page.getByTestId("search-dialog").waitFor({ state: "hidden" });
    expect(await focused(page)).toContain("open-create-lead");

    // A row's checkbox toggles with Space; the bulk bar (above the table) is reached with Shift+Tab.
    const row = page.getByTestId("select-row").first();
    await row.focus();
    await page.keyboard.press("Space");
    expect(await row.isChecked()).toBe(true);
    await page.getByTestId("bulk-bar").waitFor();
    const reached = new Set<string>();
    for (let step = 0; step < 40 && !reached.has("bulk-count"); step += 1) {
      await page.keyboard.press("Shift+Tab");
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        const bar = document.querySelector('[data-testid="bulk-bar"]');
        return bar?.contains(active ?? null) ? (active?.closest("[data-testid]")?.getAttribute("data-testid") ?? "") : "";
      });
      if (where) reached.add(where);
      if (reached.size > 0 && !where) break;
    }
    expect([...reached]).toEqual(expect.arrayContaining(["bulk-delete", "bulk-status", "bulk-tag"]));
    await row.focus();
    await page.keyboard.press("Space");
    expect(await row.isChecked()).toBe(false);

    // A dialog opened with Enter keeps focus inside while tabbing, closes on Escape and gives focus back.
    await page.getByTestId("open-create-lead").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByTestId("create-lead-dialog");
    await dialog.waitFor();
    expect(await focusIsWithin(page, "create-lead-dialog")).toBe(true);
    for (let step = 0; step < 30; step += 1) {
      await page.keyboard.press("Tab");
      expect(await focusIsWithin(page, "create-lead-dialog"), `Tab ${step + 1} left the dialog for ${await focused(page)}`).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await focused(page)).toContain("open-create-lead");
    await page.close();
  });
});
