import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { collectPageErrors, password, signIn, signUpThroughApi, uniqueEmail } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("the search box", () => {
  it("finds a contact by its policy number with Ctrl+K, the arrow keys and Enter, and closes on Escape", async () => {
    const email = uniqueEmail("search-owner");
    await signUpThroughApi(baseUrl, { organizationName: "Beacon Street Insurance", name: "Ines Okoro", email, password });
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, email, password);
    await page.waitForURL(`${baseUrl}/`);

    await page.goto(`${baseUrl}/crm/contacts`);
    await page.getByTestId("open-create-contact").click();
    const contactDialog = page.getByTestId("contact-form-dialog");
    await contactDialog.getByLabel("Name").fill("Tomasz Wierzbicki");
    await contactDialog.getByRole("button", { name: "Create contact" }).click();
    await page.waitForURL(/\/crm\/contacts\/[0-9a-f-]{36}$/);
    const contactUrl = page.url();
    await page.getByTestId("open-add-policy").click();
    const policyDialog = page.getByTestId("policy-form-dialog");
    await policyDialog.getByLabel("Policy number").fill("BSI-HO-774410");
    await policyDialog.getByLabel("Type").selectOption("home");
    await policyDialog.getByLabel("Carrier").fill("Harbor Mutual");
    await policyDialog.getByLabel("Premium").fill("1400");
    await policyDialog.getByLabel("Start date").fill("2026-01-01");
    await policyDialog.getByLabel("End date").fill("2026-12-31");
    await policyDialog.getByRole("button", { name: "Add policy" }).click();
    await policyDialog.waitFor({ state: "hidden" });

    // From another page: Ctrl+K opens the box, a part of the number finds the policy.
    await page.goto(`${baseUrl}/crm/leads`);
    await page.keyboard.press("Control+k");
    const box = page.getByRole("combobox", { name: /policy numbers/ });
    await box.waitFor();
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.fill("ho-7744");
    const result = page.getByRole("option", { name: /BSI-HO-774410/ });
    await result.waitFor();
    expect(await result.textContent()).toContain("Tomasz Wierzbicki");
    await page.keyboard.press("ArrowDown");
    expect(await result.getAttribute("aria-selected")).toBe("true");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await result.getAttribute("id"));
    await page.keyboard.press("Enter");
    await page.waitForURL(contactUrl);
    expect(await page.getByTestId("contact-name").textContent()).toBe("Tomasz Wierzbicki");

    await page.keyboard.press("Control+k");
    await box.waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("search-dialog").waitFor({ state: "hidden" });

    expect(errors).toEqual([]);
  });
});
