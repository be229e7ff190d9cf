import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInWithContact, submitPolicy } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("the search box", () => {
  it("finds a contact by its policy number with Ctrl+K, the arrow keys and Enter, and closes on Escape", async () => {
    const { page, errors } = await signedInWithContact(browser, { organizationName: "Beacon Street Insurance", name: "Ines Okoro", emailLabel: "search-owner" }, { name: "Tomasz Wierzbicki" });
    const contactUrl = page.url();
    const policyDialog = await submitPolicy(page, { policyNumber: "BSI-HO-774410", type: "home", premium: "1400" });
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
