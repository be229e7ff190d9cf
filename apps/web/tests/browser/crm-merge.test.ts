import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { createContact, signedInAgency, submitDialog, submitPolicy } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

const agency = (organizationName: string) => signedInAgency(browser, { organizationName, name: "Robin Vale", emailLabel: "merge" });

/** Creates a contact from the contacts list and waits on its page; returns its id. */
async function createListedContact(page: Page, contact: { name: string; email?: string; phone?: string }, options: { anyway?: boolean } = {}) {
  await page.goto(`${baseUrl}/crm/contacts`);
  return createContact(page, contact, options);
}

async function addPolicy(page: Page, policyNumber: string) {
  const dialog = await submitPolicy(page, { policyNumber, type: "auto", premium: "1100" });
  await dialog.waitFor({ state: "hidden" });
}

async function logCall(page: Page, summary: string) {
  await submitDialog(page, { open: page.getByTestId("open-log-communication"), dialog: "log-communication-dialog", fields: { Summary: summary }, submit: "Log it" });
  await page.getByTestId("contact-timeline").getByText(summary).waitFor();
}

describe("one person, one record", () => {
  it("converts a lead for an existing client into that client's record, with no second contact", async () => {
    const { page, errors } = await agency("Cross-sell Partners");
    const clientId = await createListedContact(page, { name: "Cora Whitfield", email: "cora.whitfield@example.test" });

    await page.goto(`${baseUrl}/crm/leads`);
    await page.getByTestId("open-create-lead").click();
    const leadDialog = page.getByTestId("create-lead-dialog");
    await leadDialog.getByLabel("Name").fill("Cora Whitfield");
    await leadDialog.getByLabel("Email", { exact: true }).fill("cora.whitfield@example.test");
    await leadDialog.getByRole("button", { name: "Add lead" }).click();
    await leadDialog.waitFor({ state: "hidden" });

    await page.getByTestId("lead-row").filter({ hasText: "Cora Whitfield" }).getByRole("button", { name: "Cora Whitfield" }).click();
    const drawer = page.getByTestId("lead-drawer");
    await drawer.getByTestId("convert-lead").click();
    const matches = drawer.getByTestId("conversion-matches");
    await matches.waitFor();
    expect(await matches.textContent()).toContain("same email");
    expect(await drawer.getByTestId("conversion-match").isChecked()).toBe(true);
    await page.screenshot({ path: "/tmp/harbor-convert-existing.png" });
    await drawer.getByTestId("confirm-convert-lead").click();
    await drawer.getByTestId("lead-conversion-result").waitFor();
    expect(await drawer.getByTestId("converted-contact-link").getAttribute("href")).toBe(`/crm/contacts/${clientId}`);

    await page.goto(`${baseUrl}/crm/contacts`);
    await page.getByTestId("contact-row").first().waitFor();
    expect(await page.getByTestId("contact-row").count()).toBe(1);
    await page.goto(`${baseUrl}/crm/contacts/${clientId}`);
    await page.getByTestId("contact-opportunities").getByText("new business").waitFor();
    expect(errors).toEqual([]);
  });

  it("merges two duplicate contacts, keeping every activity and policy, and the merged one leaves the list", async () => {
    const { page, errors } = await agency("Duplicate Savers");
    const firstId = await createListedContact(page, { name: "Dev Okafor", email: "dev.okafor@example.test", phone: "555 010 2020" });
    await addPolicy(page, "DS-AUTO-1");
    await logCall(page, "Asked about roadside cover");

    const secondId = await createListedContact(page, { name: "Devon Okafor", phone: "(555) 010-2020" }, { anyway: true });
    await addPolicy(page, "DS-HOME-2");
    await logCall(page, "Wants a home quote");

    await page.getByTestId("open-merge-contact").click();
    const dialog = page.getByTestId("merge-contact-dialog");
    await dialog.getByTestId("merge-suggestions").getByText("Dev Okafor").waitFor();
    await dialog.getByTestId("merge-pick-suggestion").click();
    await dialog.getByTestId("merge-field-table").waitFor();
    // The first contact's record stays, with the second's name.
    await dialog.getByTestId("merge-survivor-right").check();
    await dialog.getByTestId("merge-name-left").check();
    expect(await dialog.getByTestId("merge-moves").textContent()).toContain("1 policy");
    await page.screenshot({ path: "/tmp/harbor-merge-dialog.png" });
    await dialog.getByTestId("confirm-merge").click();
    await page.waitForURL(`${baseUrl}/crm/contacts/${firstId}`);

    await page.getByTestId("contact-name").filter({ hasText: "Devon Okafor" }).waitFor();
    const policies = page.getByTestId("policy-row");
    await page.locator('[data-testid="policy-row"][data-policy-number="DS-HOME-2"]').waitFor();
    expect(await policies.count()).toBe(2);
    const timeline = page.getByTestId("contact-timeline");
    await timeline.getByText("Asked about roadside cover").waitFor();
    await timeline.getByText("Wants a home quote").waitFor();
    expect(await page.getByText("dev.okafor@example.test").count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/crm/contacts/${secondId}`);
    await page.getByTestId("contact-not-found").waitFor();
    await page.goto(`${baseUrl}/crm/contacts`);
    await page.getByTestId("contact-row").first().waitFor();
    expect(await page.getByTestId("contact-row").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("merges two leads for the same person from the drawer, keeping both timelines", async () => {
    const { page, errors } = await agency("Lead Tidiers");
    await page.goto(`${baseUrl}/crm/leads`);
    const drawer = page.getByTestId("lead-drawer");
    for (const lead of [
      { name: "Lena Marsh", email: "lena.marsh@example.test", note: "Asked for a bundle quote" },
      { name: "Lena Marsh", email: "lena.m@example.test", note: "Prefers evening calls" },
    ]) {
      await page.getByTestId("open-create-lead").click();
      const dialog = page.getByTestId("create-lead-dialog");
      await dialog.getByLabel("Name").fill(lead.name);
      await dialog.getByLabel("Email", { exact: true }).fill(lead.email);
      await dialog.getByRole("button", { name: "Add lead" }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByTestId("lead-row").filter({ hasText: lead.email }).getByRole("button", { name: lead.name }).click();
      await drawer.getByLabel("Activity").selectOption("call");
      await drawer.getByLabel("What happened").fill(lead.note);
      await drawer.getByRole("button", { name: "Add to timeline" }).click();
      await drawer.getByTestId("timeline-item").filter({ hasText: lead.note }).waitFor();
      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "hidden" });
    }

    await page.getByTestId("lead-row").filter({ hasText: "lena.m@example.test" }).getByRole("button", { name: "Lena Marsh" }).click();
    await drawer.getByTestId("open-merge-lead").click();
    const dialog = page.getByTestId("merge-lead-dialog");
    await dialog.getByLabel("Lead to merge with").fill("Lena Marsh");
    await dialog.getByTestId("merge-lead-candidate").click();
    await dialog.getByTestId("merge-field-table").waitFor();
    await dialog.getByTestId("merge-email-right").check();
    await dialog.getByTestId("confirm-merge").click();
    await dialog.waitFor({ state: "hidden" });

    await drawer.getByTestId("timeline-item").filter({ hasText: "Asked for a bundle quote" }).waitFor();
    await drawer.getByTestId("timeline-item").filter({ hasText: "Prefers evening calls" }).waitFor();
    await page.getByTestId("lead-row").first().waitFor();
    expect(await page.getByTestId("lead-row").count()).toBe(1);
    expect(await page.getByTestId("lead-row").textContent()).toContain("lena.marsh@example.test");
    expect(errors).toEqual([]);
  });
});
