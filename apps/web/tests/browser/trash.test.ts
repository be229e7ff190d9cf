import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { callProcedure, signedInAgency } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("trash", () => {
  it("undoes a contact's delete from the toast, then restores it with its timeline from the Trash page", async () => {
    const { page, errors } = await signedInAgency(browser, { organizationName: "Second Chance Insurance", name: "Rhea Stone", emailLabel: "trash-owner" });
    const contact = (await callProcedure(page, "crm.contacts.create", { name: "Orla Undone", email: "orla@example.test" })) as { id: string };
    await callProcedure(page, "crm.contacts.logCommunication", { contactId: contact.id, type: "call", summary: "Talked about flood cover" });

    const deleteContact = async () => {
      await page.goto(`${baseUrl}/crm/contacts/${contact.id}`);
      await page.getByTestId("contact-timeline").getByText("Talked about flood cover").waitFor();
      await page.getByTestId("delete-contact").click();
      await page.getByTestId("confirm-dialog").getByRole("button", { name: "Delete contact" }).click();
      await page.waitForURL(`${baseUrl}/crm/contacts`);
    };

    // Undo from the toast.
    await deleteContact();
    const toast = page.getByTestId("toast").filter({ hasText: "Orla Undone was moved to the trash." });
    await toast.waitFor();
    await toast.getByTestId("toast-action").click();
    await page.getByTestId("toast").filter({ hasText: "Restored." }).waitFor();
    await page.goto(`${baseUrl}/crm/contacts/${contact.id}`);
    await page.getByTestId("contact-timeline").getByText("Talked about flood cover").waitFor();

    // Delete again, and restore from the Trash page: who deleted it, the days left, Restore.
    await deleteContact();
    await page.getByRole("link", { name: "Trash" }).click();
    await page.waitForURL(`${baseUrl}/crm/trash`);
    const row = page.locator(`[data-testid="trash-row"][data-id="${contact.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("Orla Undone");
    expect(await row.textContent()).toContain("Rhea Stone");
    expect(await row.textContent()).toMatch(/(29|30) days left/);
    await row.getByTestId("restore").click();
    await page.getByTestId("toast").filter({ hasText: "Orla Undone was restored." }).waitFor();
    await row.waitFor({ state: "detached" });

    await page.goto(`${baseUrl}/crm/contacts/${contact.id}`);
    await page.getByTestId("contact-timeline").getByText("Talked about flood cover").waitFor();
    expect(await page.getByTestId("contact-name").textContent()).toBe("Orla Undone");
    expect(errors).toEqual([]);
  });
});
