import { createDatabase } from "@harbor/db";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { screenshotFailuresAndClosePages, signedInAgency, uniqueEmail } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

screenshotFailuresAndClosePages(browser, "bulk");

/**
 * A fresh agency signed in as its admin, with colleagues and their records written straight into
 * the database (what earlier days of work would have left), so the test spends its time on the
 * screens under test.
 */
async function agencyWithBook(organizationName: string, setup: (database: ReturnType<typeof createDatabase>, agency: { organizationId: string; adminId: string }) => Promise<void>) {
  const signedIn = await signedInAgency(browser, { organizationName, name: "Casey Morgan", emailLabel: "bulk" });
  const database = createDatabase({ databaseUrl: inject("databaseUrl"), maxConnections: 1 });
  try {
    const admin = await database.user.findFirstOrThrow({ where: { email: signedIn.email.toLowerCase() }, select: { id: true, organizationId: true } });
    await setup(database, { organizationId: admin.organizationId, adminId: admin.id });
  } finally {
    await database.$disconnect();
  }
  return signedIn;
}

const leadRow = (page: Page, name: string) => page.getByTestId("lead-row").filter({ hasText: name });

describe("bulk actions", () => {
  it("assigns two ticked leads to an agent from the keyboard; the rows show the new owner", async () => {
    const { page, errors } = await agencyWithBook("Bulk Mutual", async (database, { organizationId, adminId }) => {
      await database.user.create({ data: { organizationId, email: uniqueEmail("riley"), name: "Riley Agent", role: "agent", passwordHash: "unused" } });
      await database.lead.createMany({
        data: ["Avery Baker", "Blair Cooper", "Casey Dunn"].map((name, index) => ({ organizationId, ownerId: adminId, name, email: `lead-${index}-${Date.now()}@example.test` })),
      });
    });
    await page.goto(`${baseUrl}/crm/leads`);
    await leadRow(page, "Casey Dunn").waitFor();

    // Space on a focused checkbox ticks it; the bar appears with the count.
    await leadRow(page, "Avery Baker").getByRole("checkbox", { name: "Select Avery Baker" }).focus();
    await page.keyboard.press("Space");
    await leadRow(page, "Blair Cooper").getByRole("checkbox", { name: "Select Blair Cooper" }).focus();
    await page.keyboard.press("Space");
    const bar = page.getByTestId("bulk-bar");
    expect(await bar.getByTestId("bulk-count").textContent()).toBe("2 leads selected");

    await bar.getByLabel("Owner").selectOption({ label: "Riley Agent" });
    await bar.getByTestId("bulk-assign").focus();
    await page.keyboard.press("Enter");
    await bar.waitFor({ state: "hidden" });
    await page.getByText("Assigned 2 leads.").waitFor();

    await expect.poll(() => leadRow(page, "Avery Baker").textContent()).toContain("Riley Agent");
    expect(await leadRow(page, "Blair Cooper").textContent()).toContain("Riley Agent");
    expect(await leadRow(page, "Casey Dunn").textContent()).toContain("Casey Morgan");

    // The page's own box ticks every row, and the selection offers nothing more when the page is all.
    await page.getByTestId("select-page").check();
    expect(await bar.getByTestId("bulk-count").textContent()).toBe("3 leads selected");
    expect(await bar.getByTestId("bulk-select-all-matching").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("hands a deactivated agent's book to a colleague in one step; each moved record shows the new owner", async () => {
    const leaving = { email: uniqueEmail("drew"), name: "Drew Leaving" };
    const ids: { contactId?: string; samId?: string } = {};
    const { page, errors } = await agencyWithBook("Transfer Mutual", async (database, { organizationId }) => {
      const drew = await database.user.create({ data: { organizationId, email: leaving.email, name: leaving.name, role: "agent", passwordHash: "unused" } });
      const sam = await database.user.create({ data: { organizationId, email: uniqueEmail("sam"), name: "Sam Receiver", role: "agent", passwordHash: "unused" } });
      await database.lead.create({ data: { organizationId, ownerId: drew.id, name: "Open Prospect", email: `open-${Date.now()}@example.test` } });
      const contact = await database.contact.create({ data: { organizationId, ownerId: drew.id, name: "Kept Client" } });
      await database.opportunity.create({ data: { organizationId, ownerId: drew.id, contactId: contact.id, title: "Fleet renewal", value: 5000 } });
      await database.task.create({ data: { organizationId, assigneeId: drew.id, createdById: drew.id, title: "Call Kept Client" } });
      Object.assign(ids, { contactId: contact.id, samId: sam.id });
    });

    await page.goto(`${baseUrl}/settings`);
    const row = page.locator(`[data-testid="user-row"][data-email="${leaving.email}"]`);
    await row.getByRole("button", { name: "Deactivate" }).click();
    const dialog = page.getByTestId("deactivate-user-dialog");
    expect(await dialog.getByTestId("confirm-deactivate").isDisabled()).toBe(true);
    await dialog.getByLabel("Who receives their book?").selectOption(ids.samId!);
    await dialog.getByTestId("confirm-deactivate").click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByTestId("transfer-notice").waitFor();
    expect(await page.getByTestId("transfer-notice").textContent()).toBe("Drew Leaving deactivated; 1 lead, 1 contact, 1 deal and 1 task moved.");
    await expect.poll(() => row.textContent()).toContain("Deactivated");

    await page.goto(`${baseUrl}/crm/leads`);
    await expect.poll(() => leadRow(page, "Open Prospect").textContent()).toContain("Sam Receiver");
    await page.goto(`${baseUrl}/crm/pipeline?view=list`);
    await expect.poll(() => page.getByTestId("deal-row").filter({ hasText: "Fleet renewal" }).textContent()).toContain("Sam Receiver");
    await page.goto(`${baseUrl}/crm/tasks`);
    await page.getByTestId("task-scope").getByRole("button", { name: "Team" }).click();
    await expect.poll(() => page.getByTestId("task-row").filter({ hasText: "Call Kept Client" }).textContent()).toContain("Sam Receiver");

    const database = createDatabase({ databaseUrl: inject("databaseUrl"), maxConnections: 1 });
    try {
      const contact = await database.contact.findUniqueOrThrow({ where: { id: ids.contactId! }, select: { owner: { select: { name: true } } } });
      expect(contact.owner?.name).toBe("Sam Receiver");
      const notification = await database.notification.findFirstOrThrow({ where: { type: "book_transferred", userId: ids.samId! } });
      expect(notification.title).toBe("1 lead, 1 contact, 1 deal, 1 task assigned to you");
    } finally {
      await database.$disconnect();
    }
    expect(errors).toEqual([]);
  });
});
