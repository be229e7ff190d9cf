import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { collectPageErrors, password, signIn, signUpThroughForm, uniqueEmail } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("a new agency", () => {
  it("signs up, signs out and in again, and creates an API key that works once shown", async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const email = uniqueEmail("owner");

    await signUpThroughForm(page, { organizationName: "Harborview Insurance", name: "Dana Whitfield", email });
    expect(await page.getByTestId("home-email").textContent()).toBe(email);
    expect(await page.getByTestId("home-role").textContent()).toBe("Admin");
    expect(await page.getByTestId("organization-name").textContent()).toBe("Harborview Insurance");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.goto(`${baseUrl}/settings`);
    await page.waitForURL(`${baseUrl}/sign-in`);

    await signIn(page, baseUrl, email, password);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL(`${baseUrl}/settings`);

    await page.getByTestId("open-create-api-key").click();
    const dialog = page.getByTestId("create-api-key-dialog");
    await dialog.getByLabel("Key name").fill("Nightly policy import");
    await dialog.getByRole("button", { name: "Create key" }).click();

    const key = (await dialog.getByTestId("new-api-key").textContent()) ?? "";
    expect(key).toMatch(/^hbr_[A-Za-z0-9_-]{40,}$/);
    expect(await dialog.getByTestId("new-api-key-warning").textContent()).toContain("only time the full key is shown");
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    await dialog.getByRole("button", { name: "Copy" }).click();
    await dialog.getByRole("button", { name: "Copied" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await dialog.getByRole("button", { name: "Done" }).click();

    const row = page.getByTestId("api-key-row").filter({ hasText: "Nightly policy import" });
    expect(await row.getByTestId("api-key-prefix").textContent()).toBe(`${key.slice(0, 12)}…`);
    expect(await row.textContent()).toContain("Dana Whitfield");
    expect(await page.content()).not.toContain(key);

    await page.screenshot({ path: "/tmp/harbor-settings.png", fullPage: true });

    const response = await fetch(`${baseUrl}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { json: { user: { email: string }; via: string } } } };
    expect(body.result.data.json.user.email).toBe(email);
    expect(body.result.data.json.via).toBe("api_key");

    await page.reload();
    expect(await row.getByTestId("api-key-last-used").textContent()).not.toBe("Never");

    await row.getByRole("button", { name: "Revoke" }).click();
    await page.getByTestId("confirm-dialog").getByRole("button", { name: "Revoke key" }).click();
    await page.getByTestId("api-keys-empty").waitFor();
    const afterRevoke = await fetch(`${baseUrl}/api/trpc/auth.me`, { headers: { authorization: `Bearer ${key}` } });
    expect(afterRevoke.status).toBe(401);

    expect(errors).toEqual([]);
  });

  it("adds a user and shows the temporary password once, and that password signs in", async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const adminEmail = uniqueEmail("admin");
    const agentEmail = uniqueEmail("agent");

    await signUpThroughForm(page, { organizationName: "Seaside Brokers", name: "Sam Ortega", email: adminEmail });

    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId("open-create-user").click();
    const dialog = page.getByTestId("create-user-dialog");
    await dialog.getByLabel("Name").fill("Ari Agent");
    await dialog.getByLabel("Email").fill(agentEmail);
    await dialog.getByLabel("Role").selectOption("agent");
    await dialog.getByRole("button", { name: "Add user" }).click();
    const temporaryPassword = (await dialog.getByTestId("temporary-password").textContent()) ?? "";
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await dialog.getByRole("button", { name: "Done" }).click();

    const row = page.locator(`[data-testid="user-row"][data-email="${agentEmail}"]`);
    expect(await row.getByLabel("Role of Ari Agent").inputValue()).toBe("agent");
    expect(await row.textContent()).toContain("Never");

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${baseUrl}/sign-in`);
    await signIn(page, baseUrl, agentEmail, temporaryPassword);
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByTestId("home-role").textContent()).toBe("Agent");
    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId("users-admin-only").waitFor();

    expect(errors).toEqual([]);
  });
});
