import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { collectPageErrors, password, signIn, signUpThroughApi, uniqueEmail } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("sign-in", () => {
  it("says the email or password is incorrect for a wrong password, and keeps the email", async () => {
    const email = uniqueEmail("wrong-password");
    await signUpThroughApi(baseUrl, { organizationName: "Wrong Password Agency", name: "Wren Parker", email, password });
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);

    await signIn(page, baseUrl, email, "not the right password");

    const error = page.getByTestId("sign-in-error");
    await error.waitFor();
    expect(await error.textContent()).toBe("Email or password is incorrect.");
    expect(page.url()).toBe(`${baseUrl}/sign-in`);
    expect(await page.getByLabel("Email").inputValue()).toBe(email);
    expect(errors).toEqual([]);
  });

  it("says there were too many attempts after five failures, even with the right password", async () => {
    const email = uniqueEmail("rate-limited");
    await signUpThroughApi(baseUrl, { organizationName: "Rate Limited Agency", name: "Rae Lim", email, password });
    const page = await browser.context.newPage();

    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, baseUrl, email, `wrong password ${attempt}`);
      await page.getByTestId("sign-in-error").filter({ hasText: "incorrect" }).waitFor();
    }
    await signIn(page, baseUrl, email, password);

    const error = page.getByTestId("sign-in-error").filter({ hasText: "Too many attempts" });
    await error.waitFor();
    expect(page.url()).toBe(`${baseUrl}/sign-in`);
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/crm`);
    expect(page.url()).toBe(`${baseUrl}/sign-in`);
  });
});
