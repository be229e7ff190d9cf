import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInAgency } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("copilot", () => {
  it("adds a lead from a plain request offline, shows the action card, and opens the lead from it", async () => {
    const { page, errors } = await signedInAgency(browser, { organizationName: "Copilot Agency", name: "Cleo Pilot", emailLabel: "copilot" });

    await page.goto(`${baseUrl}/copilot`);
    await page.getByTestId("copilot-input").fill("add a lead for Maria Lopez, maria.lopez@example.com, 555-123-4567, interested in home insurance");
    await page.getByTestId("copilot-send").click();

    const action = page.getByTestId("copilot-action");
    await action.waitFor();
    expect(await action.textContent()).toContain("Maria Lopez");
    const answer = page.getByTestId("copilot-message-model").last();
    expect(await answer.textContent()).toContain("Created lead Maria Lopez.");
    expect(await answer.textContent()).toContain("Answered offline");
    expect(await page.getByTestId("copilot-conversations").textContent()).not.toBe("");

    await action.getByRole("link", { name: "Open" }).click();
    await page.waitForURL(/\/crm\/leads\?lead=/);
    await page.getByText("maria.lopez@example.com").first().waitFor();
    expect(errors).toEqual([]);
  });
});
