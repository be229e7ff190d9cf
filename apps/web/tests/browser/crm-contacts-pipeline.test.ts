import { describe, expect, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInWithContact, submitDialog, submitPolicy } from "./helpers";

const browser = useBrowser();

describe("contacts, policies and the pipeline", () => {
  it("creates a contact, adds a policy (refusing a duplicate number), and moves a deal on the board to a higher probability", async () => {
    // A contact, created from the list, opens on its own page.
    const { page, errors } = await signedInWithContact(
      browser,
      { organizationName: "Lighthouse Mutual", name: "Morgan Reyes", emailLabel: "crm-owner" },
      { name: "Priya Natarajan", email: "priya@example.test", company: "Natarajan Bakery", tags: "commercial, referral" },
    );
    expect(await page.getByTestId("contact-name").textContent()).toBe("Priya Natarajan");
    expect(await page.getByTestId("contact-tags").textContent()).toContain("referral");

    // A policy, then a second one with the same number: the number field says why it was refused.
    const addPolicy = (policyNumber: string) => submitPolicy(page, { policyNumber, type: "commercial", premium: "3200" });
    const first = await addPolicy("LM-2026-0001");
    await first.waitFor({ state: "hidden" });
    const policyRow = page.locator('[data-testid="policy-row"][data-policy-number="LM-2026-0001"]');
    expect(await policyRow.textContent()).toContain("$3,200");

    const duplicate = await addPolicy("LM-2026-0001");
    const numberError = duplicate.getByRole("alert").filter({ hasText: "already has this number" });
    await numberError.waitFor();
    expect(await duplicate.getByLabel("Policy number").getAttribute("aria-invalid")).toBe("true");
    await duplicate.getByRole("button", { name: "Cancel" }).click();
    expect(await page.getByTestId("policy-row").count()).toBe(1);
    await page.screenshot({ path: "/tmp/harbor-contact.png", fullPage: true });

    // A deal for the contact, then on the board: dragged from Prospect to Quoted, its probability rises.
    await submitDialog(page, { open: page.getByTestId("open-add-opportunity"), dialog: "opportunity-form-dialog", fields: { Title: "Bakery commercial package", Value: "12000" }, submit: "Create deal" });
    await page.getByTestId("contact-opportunities").getByRole("link", { name: /Bakery commercial package/ }).click();
    await page.waitForURL(/\/crm\/pipeline\?opportunity=/);
    await page.getByTestId("opportunity-panel").getByTestId("stage-history-item").first().waitFor();
    await page.getByTestId("opportunity-panel").getByRole("button", { name: "Close" }).click();

    const card = page.getByTestId("opportunity-card").filter({ hasText: "Bakery commercial package" });
    await page.locator('[data-testid="pipeline-column"][data-stage="prospect"]').getByTestId("opportunity-card").first().waitFor();
    expect(await card.getAttribute("data-stage")).toBe("prospect");
    const before = Number.parseInt((await card.getByTestId("opportunity-probability").textContent()) ?? "", 10);
    expect(before).toBe(10);

    await card.dragTo(page.locator('[data-testid="pipeline-column"][data-stage="quoted"]'));
    const moved = page.locator('[data-testid="pipeline-column"][data-stage="quoted"]').getByTestId("opportunity-card").filter({ hasText: "Bakery commercial package" });
    await moved.waitFor();
    await page.waitForFunction(
      () => {
        const probability = document.querySelector('[data-stage="quoted"] [data-testid="opportunity-card"] [data-testid="opportunity-probability"]');
        return probability !== null && probability.textContent !== "10%";
      },
      undefined,
      { timeout: 10_000 },
    );
    const after = Number.parseInt((await moved.getByTestId("opportunity-probability").textContent()) ?? "", 10);
    expect(after).toBeGreaterThan(before);
    expect(await page.locator('[data-testid="pipeline-column"][data-stage="prospect"]').getByTestId("opportunity-card").count()).toBe(0);

    // The move is kept: after a reload the deal is still quoted, and its history records it.
    await page.reload();
    await moved.waitFor();
    expect(await moved.getByTestId("opportunity-probability").textContent()).toBe(`${after}%`);
    await moved.getByRole("button").first().click();
    const history = page.getByTestId("opportunity-panel").getByTestId("stage-history-item");
    await history.nth(1).waitFor();
    expect(await history.nth(1).textContent()).toContain("Prospect → Quoted");
    await page.screenshot({ path: "/tmp/harbor-pipeline-panel.png", fullPage: true });
    await page.getByTestId("opportunity-panel").getByRole("button", { name: "Close" }).click();
    await page.screenshot({ path: "/tmp/harbor-pipeline.png", fullPage: true });

    expect(errors).toEqual([]);
  });
});
