import { describe, expect, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInWithContact } from "./helpers";

const browser = useBrowser();

describe("explainable scores and insights", () => {
  it("shows a contact's health and churn with their factors, and an offline insights answer on demand", async () => {
    const { page, errors } = await signedInWithContact(browser, { organizationName: "Beacon Brokers", name: "Jules Ortega", emailLabel: "scores-owner" }, { name: "Noor Haddad", email: "noor@example.test" });

    // Scored when created: the stored health score, its band and every factor with its explanation.
    const health = page.getByTestId("contact-health-score");
    await health.getByTestId("score-factor").first().waitFor();
    expect(Number(await health.getAttribute("data-score"))).toBeGreaterThanOrEqual(0);
    expect(await health.getAttribute("data-band")).toMatch(/^(high|medium|low)$/);
    const factors = health.getByTestId("score-factor");
    expect(await factors.count()).toBeGreaterThan(1);
    const directions = await factors.evaluateAll((items) => items.map((item) => item.getAttribute("data-direction")));
    expect(directions.every((direction) => direction === "raises" || direction === "lowers" || direction === "neutral")).toBe(true);
    expect(await health.textContent()).toContain("Computed");
    await page.getByTestId("contact-churn-score").getByTestId("score-factor").first().waitFor();

    // Insights load only when asked, and say which provider answered (offline here).
    const insights = page.getByTestId("insights-panel");
    expect(await insights.getByTestId("insights-answer").count()).toBe(0);
    await insights.getByTestId("load-insights").click();
    const answer = insights.getByTestId("insights-answer");
    await answer.waitFor();
    expect(await answer.getAttribute("data-provider")).toBe("offline");
    expect((await insights.getByTestId("insights-summary").textContent())?.trim().length).toBeGreaterThan(0);
    expect(await insights.textContent()).toContain("Offline rules");
    await page.screenshot({ path: "/tmp/harbor-contact-scores.png", fullPage: true });
    expect(errors).toEqual([]);
  });
});
