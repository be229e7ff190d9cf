import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { callProcedure, signedInAgency } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

const day = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe("renewals", () => {
  it("uploads a renewal file and lists its rejected rows by spreadsheet row, then renews a case with payment", async () => {
    const { page, errors } = await signedInAgency(browser, { organizationName: "Renewal Partners", name: "Rae Renner", emailLabel: "renewals-admin" });

    // A file with one bad row (row 3: no premium).
    const file = [
      "policy_number,customer_first_name,customer_last_name,email,policy_type,carrier,premium,prior_premium,start_date,end_date",
      `UP-1,Ana,Ortiz,ana@example.test,auto,Acme,1320,1200,${day(-340)},${day(25)}`,
      `UP-2,Ben,Cole,ben@example.test,home,Acme,,900,${day(-340)},${day(25)}`,
      `UP-3,Cy,Dunn,cy@example.test,auto,Acme,700,650,${day(-340)},${day(25)}`,
    ].join("\n");
    await page.goto(`${baseUrl}/renewals/upload`);
    await page.getByTestId("renewal-file-input").setInputFiles({ name: "renewals.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    await page.getByTestId("renewal-upload-submit").click();
    await page.getByTestId("renewal-batch").waitFor();
    expect(await page.getByTestId("batch-total-value").textContent()).toBe("3");
    expect(await page.getByTestId("batch-valid-value").textContent()).toBe("2");
    const rejected = page.getByTestId("rejected-rows-row");
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().getAttribute("data-row")).toBe("3");
    expect(await rejected.first().textContent()).toContain("premium: is required");
    const download = page.waitForEvent("download");
    await page.getByTestId("download-rejected").click();
    expect((await download).suggestedFilename()).toBe("renewals-rejected.csv");

    // A policy renewing soon gets its case (the daily job's service, run now), then is renewed with payment.
    const contact = await callProcedure(page, "crm.contacts.create", { name: "Dee Evans", email: "dee@example.test" });
    await callProcedure(page, "crm.policies.create", { contactId: contact.id, policyNumber: "REN-FLOW-1", type: "auto", carrier: "Acme", premium: 1000, startDate: `${day(-345)}T00:00:00.000Z`, endDate: `${day(20)}T00:00:00.000Z` }, ["startDate", "endDate"]);
    await callProcedure(page, "renewals.cases.openDue", {});
    await page.goto(`${baseUrl}/renewals`);
    await page.getByTestId("worklist-row").first().waitFor();
    await page.getByRole("link", { name: /^REN-\d{4}-\d{4}$/ }).first().click();
    await page.waitForURL(/\/renewals\/cases\/[0-9a-f-]{36}$/);

    await page.getByTestId("payment-status-field").selectOption("completed");
    await page.getByTestId("payment-amount").fill("1100");
    await page.getByTestId("payment-form").getByRole("button", { name: "Save payment" }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="payment-status"]')?.textContent === "Paid");
    await page.getByTestId("open-renew").click();
    await page.getByTestId("renew-premium").fill("1100");
    await page.getByTestId("renew-dialog").getByRole("button", { name: "Renew" }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="case-status"]')?.textContent === "Renewed");
    const types = await page.getByTestId("timeline-entry").evaluateAll((entries) => entries.map((entry) => entry.getAttribute("data-type")));
    expect(types).toEqual(["renewed", "payment", "created"]);

    // A change made elsewhere (another tab, a colleague) reaches the open page through realtime, without a reload.
    const caseId = page.url().split("/").pop()!;
    await callProcedure(page, "renewals.cases.addNote", { id: caseId, note: "Client confirmed by phone" });
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-entry"][data-type="note"]') !== null, undefined, { timeout: 10_000 });

    // Files on the case: a refused type is named before anything is sent; a PDF is attached, downloaded and deleted.
    const files = page.getByTestId("files-panel");
    await files.getByTestId("file-input").setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    expect(await files.getByTestId("file-error").textContent()).toContain("setup.exe cannot be attached: files of type .exe are not accepted");
    await files.getByTestId("file-input").setInputFiles({ name: "signed-offer.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% signed renewal offer\n") });
    await files.getByTestId("file-row").first().waitFor();
    expect(await files.getByTestId("file-error").count()).toBe(0);
    expect(await files.getByTestId("file-row").first().textContent()).toContain("signed-offer.pdf");
    const fileDownload = page.waitForEvent("download");
    await files.getByRole("link", { name: "signed-offer.pdf" }).click();
    expect((await fileDownload).suggestedFilename()).toBe("signed-offer.pdf");
    await files.getByRole("button", { name: "Delete signed-offer.pdf" }).click();
    await page.getByTestId("confirm-dialog").getByRole("button", { name: "Delete" }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="file-row"]').length === 0);
    await page.screenshot({ path: "/tmp/harbor-renewal-case.png", fullPage: true });
    expect(errors).toEqual([]);
  });
});
