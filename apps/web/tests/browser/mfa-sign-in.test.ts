import { generate } from "otplib";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { password, signedInAgency, signIn } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

const STEP_SECONDS = 30;
/** The code an authenticator app shows for a secret, `steps` periods from now (RFC 6238, through otplib as the API uses it). */
const codeFor = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * STEP_SECONDS });

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(`${baseUrl}/sign-in`);
}

/** The first step of sign-in, then the code the form asks for. */
async function signInWithCode(page: Page, email: string, code: string) {
  await signIn(page, baseUrl, email, password);
  await page.getByTestId("sign-in-code").waitFor();
  expect(await page.getByTestId("sign-in-error").textContent()).toMatch(/code/i);
  await page.getByTestId("sign-in-code").fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
}

describe("two-factor sign-in", () => {
  it("turns on TOTP in Settings, then signs in with an authenticator code and with a recovery code, each once", async () => {
    const { page, errors, email } = await signedInAgency(browser, { organizationName: "Two Factor Mutual", name: "Tomas Fielding", emailLabel: "mfa-owner" });

    await page.goto(`${baseUrl}/settings`);
    await page.getByTestId("open-mfa-enrollment").click();
    await page.getByTestId("start-mfa").click();
    const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.getByLabel("Code from the app").fill(await codeFor(secret));
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByTestId("recovery-codes").waitFor();
    const recoveryCodes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((code) => code.trim());
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole("button", { name: "I saved them" }).click();
    await signOut(page);

    // The right password alone signs nobody in: the form asks for a code. The confirmation used
    // this period's code, so the app's next one signs in.
    await signInWithCode(page, email, await codeFor(secret, 1));
    await page.waitForURL(`${baseUrl}/`);
    await signOut(page);

    // A wrong code is refused and the form asks again.
    await signInWithCode(page, email, "000000");
    await page.getByTestId("sign-in-error").filter({ hasText: /code/i }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/sign-in`);

    // A recovery code signs in once.
    await signInWithCode(page, email, recoveryCodes[0]!);
    await page.waitForURL(`${baseUrl}/`);
    await signOut(page);
    await signInWithCode(page, email, recoveryCodes[0]!);
    await page.getByTestId("sign-in-error").filter({ hasText: /code/i }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/sign-in`);
    expect(errors).toEqual([]);
  });
});
