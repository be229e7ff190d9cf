import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { collectPageErrors } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

// Every answer of the server `npm start` runs carries the security headers; a page's CSP allows
// only scripts with its own nonce, and the page still renders and runs under it.
const everywhere = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

describe("security headers", () => {
  it("are on an API answer, whose CSP allows nothing", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(everywhere)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    // The browser tests' server runs in production mode (NODE_ENV=production, no HARBOR_ENV).
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("are on a page, with a fresh nonce that Next.js puts on its scripts", async () => {
    const [first, second] = await Promise.all([fetch(`${baseUrl}/sign-in`), fetch(`${baseUrl}/sign-in`)]);
    expect(first.status).toBe(200);
    for (const [name, value] of Object.entries(everywhere)) expect(first.headers.get(name)).toBe(value);
    expect(first.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  it("let the page run: the sign-in form hydrates without a CSP violation", async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill("nobody@example.test");
    expect(await page.getByLabel("Email").inputValue()).toBe("nobody@example.test");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
