import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page, Route } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { callProcedure, screenshotFailuresAndClosePages, signedInAgency } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

screenshotFailuresAndClosePages(browser, "leads");

/** A fresh agency per test, signed in as its admin. */
const leadsAgency = (organizationName: string): Promise<{ page: Page; errors: string[] }> => signedInAgency(browser, { organizationName, name: "Casey Morgan", emailLabel: "leads" });

async function createLead(page: Page, lead: { name: string; email: string; company?: string }) {
  await page.getByTestId("open-create-lead").click();
  const dialog = page.getByTestId("create-lead-dialog");
  await dialog.getByLabel("Name").fill(lead.name);
  await dialog.getByLabel("Email").fill(lead.email);
  if (lead.company) await dialog.getByLabel("Company").fill(lead.company);
  await dialog.getByRole("button", { name: "Add lead" }).click();
  await dialog.waitFor({ state: "hidden" });
}

const column = (page: Page, status: string) => page.locator(`[data-testid="lead-column"][data-status="${status}"]`);
const card = (page: Page, name: string) => page.getByTestId("lead-card").filter({ hasText: name });

/** Holds crm.leads.update requests until released, to see what the board shows before the server answers. */
async function holdLeadUpdates(page: Page) {
  const pattern = /\/api\/trpc\/[^?]*crm\.leads\.update/;
  const held: Route[] = [];
  const hold = (route: Route) => {
    held.push(route);
  };
  await page.route(pattern, hold);
  return {
    waitForRequest: async () => {
      const deadline = Date.now() + 10_000;
      while (held.length === 0) {
        if (Date.now() > deadline) throw new Error("no crm.leads.update request was sent");
        await page.waitForTimeout(50);
      }
    },
    release: async (how: "continue" | "abort") => {
      for (const route of held.splice(0)) await (how === "continue" ? route.continue() : route.abort("failed"));
      await page.unroute(pattern, hold);
    },
  };
}

describe("the leads kanban", () => {
  it("moves a new lead from New to Contacted by drag and drop before the server answers, and the move persists", async () => {
    const { page, errors } = await leadsAgency("Kanban Mutual");
    await page.goto(`${baseUrl}/crm`);
    await page.waitForURL(`${baseUrl}/crm/leads`);
    await page.getByTestId("leads-empty").waitFor();

    await page.getByTestId("lead-view").getByRole("button", { name: "Board" }).click();
    await page.waitForURL(`${baseUrl}/crm/leads?view=board`);
    await createLead(page, { name: "Jordan Avery", email: "jordan.avery@example.test", company: "Avery Bakery" });
    await card(page, "Jordan Avery").waitFor();
    expect(await column(page, "new").getByTestId("lead-card").count()).toBe(1);
    expect(await column(page, "new").getByTestId("lead-column-count").textContent()).toBe("1");

    const updates = await holdLeadUpdates(page);
    await card(page, "Jordan Avery").dragTo(column(page, "contacted"));
    await updates.waitForRequest();
    // The request has not been answered yet, and the card is already in its new column.
    await column(page, "contacted").getByTestId("lead-card").filter({ hasText: "Jordan Avery" }).waitFor();
    expect(await column(page, "new").getByTestId("lead-card").count()).toBe(0);
    expect(await column(page, "contacted").getByTestId("lead-column-count").textContent()).toBe("1");
    await page.screenshot({ path: "/tmp/harbor-leads-board.png", fullPage: true });
    await updates.release("continue");

    await page.reload();
    await column(page, "contacted").getByTestId("lead-card").filter({ hasText: "Jordan Avery" }).waitFor();
    expect(await column(page, "new").getByTestId("lead-card").count()).toBe(0);

    // The status menu on the card moves it without a mouse, and the timeline records both moves.
    await card(page, "Jordan Avery").getByLabel("Status of Jordan Avery").selectOption("qualified");
    await column(page, "qualified").getByTestId("lead-card").filter({ hasText: "Jordan Avery" }).waitFor();
    await card(page, "Jordan Avery").getByRole("button", { name: "Jordan Avery" }).click();
    const drawer = page.getByTestId("lead-drawer");
    await drawer.getByTestId("timeline-item").filter({ hasText: "from contacted to qualified" }).waitFor();
    expect(await drawer.getByTestId("lead-timeline").textContent()).toContain("from new to contacted");
    expect(page.url()).toMatch(/[?&]lead=[0-9a-f-]{36}/);

    expect(errors).toEqual([]);
  });

  it("puts the card back and says why when the server cannot be reached", async () => {
    const { page } = await leadsAgency("Rollback Brokers");
    await page.goto(`${baseUrl}/crm/leads?view=board`);
    await createLead(page, { name: "Riley Stone", email: "riley.stone@example.test" });
    await card(page, "Riley Stone").waitFor();

    const updates = await holdLeadUpdates(page);
    await card(page, "Riley Stone").dragTo(column(page, "qualified"));
    await updates.waitForRequest();
    await column(page, "qualified").getByTestId("lead-card").filter({ hasText: "Riley Stone" }).waitFor();
    await updates.release("abort");

    await column(page, "new").getByTestId("lead-card").filter({ hasText: "Riley Stone" }).waitFor();
    expect(await column(page, "qualified").getByTestId("lead-card").count()).toBe(0);
    const toast = page.getByTestId("toast").filter({ hasText: "Could not move the lead to Qualified" });
    await toast.waitFor();
  });
});

describe("live updates", () => {
  it("moves a card and adds a new one when leads change somewhere else", async () => {
    const { page, errors } = await leadsAgency("Live Board Agency");
    await page.goto(`${baseUrl}/crm/leads?view=board`);
    await createLead(page, { name: "Sam Rivera", email: "sam.rivera@example.test" });
    const samCard = card(page, "Sam Rivera");
    await samCard.waitFor();
    const id = await samCard.getAttribute("data-lead-id");

    // Another tab, a script or a colleague: the change reaches Harbor without this page's help.
    const call = async (procedure: string, input: unknown) => {
      const response = await browser.context.request.post(`${baseUrl}/api/trpc/${procedure}`, { data: { json: input } });
      expect(response.status()).toBe(200);
    };
    await call("crm.leads.update", { id, status: "appointment_set" });
    await column(page, "appointment_set").getByTestId("lead-card").filter({ hasText: "Sam Rivera" }).waitFor({ timeout: 10_000 });
    expect(await column(page, "new").getByTestId("lead-card").count()).toBe(0);

    await call("crm.leads.create", { kind: "client", name: "Taylor Brooks", phone: "+1 555 303 0001" });
    await column(page, "new").getByTestId("lead-card").filter({ hasText: "Taylor Brooks" }).waitFor({ timeout: 10_000 });

    expect(errors).toEqual([]);
  });
});

describe("the lead import wizard", () => {
  it("suggests a mapping for odd headers, imports the good rows and reports the bad one by its row number", async () => {
    const { page, errors } = await leadsAgency("Import Insurance");
    const csv = [
      "Full Name,E-mail Address,Phone #,Company Name,Lead Source,Est. Value,Zip",
      "Avery Quinn,avery.quinn@example.test,(555) 201-0001,Quinn Logistics,Referral,\"$12,000\",10001",
      "Blake Harper,blake.harper@example.test,555-201-0002,Harper & Sons,Website,2500,10002",
      "Casey Nguyen,not-an-email,,Nguyen Dental,Google,1.2k,10003",
      "Drew Patel,drew.patel@example.test,,,Partner,,10004",
    ].join("\n");
    const file = path.join(tmpdir(), `harbor-leads-${Date.now()}.csv`);
    await writeFile(file, csv);

    await page.goto(`${baseUrl}/crm/leads`);
    await page.getByTestId("open-lead-import").click();
    await page.waitForURL(`${baseUrl}/crm/leads/import?kind=client`);
    await page.screenshot({ path: "/tmp/harbor-leads-import-upload.png" });
    await page.getByTestId("import-file-input").setInputFiles(file);

    const mapping = page.getByTestId("import-mapping");
    await mapping.waitFor();
    const fieldOf = (column: string) => page.getByLabel(`Field for column ${column}`).inputValue();
    expect(await fieldOf("Full Name")).toBe("name");
    expect(await fieldOf("E-mail Address")).toBe("email");
    expect(await fieldOf("Phone #")).toBe("phone");
    expect(await fieldOf("Company Name")).toBe("company");
    expect(await fieldOf("Lead Source")).toBe("source");
    expect(await fieldOf("Est. Value")).toBe("value");
    expect(await fieldOf("Zip")).toBe("");

    // The preview already names the row that will be rejected.
    const previewProblem = page.locator('[data-testid="import-preview-problems-row"][data-row="4"]');
    await previewProblem.waitFor();
    expect(await previewProblem.textContent()).toContain("not-an-email");
    expect(await page.getByTestId("import-sample-rows").textContent()).toContain("Quinn Logistics");
    await page.screenshot({ path: "/tmp/harbor-leads-import-mapping.png", fullPage: true });

    // Unmapping the company column drops it from the sample; mapping it back restores it.
    await page.getByLabel("Field for column Company Name").selectOption("");
    await page.getByTestId("import-sample-rows").filter({ hasNotText: "Quinn Logistics" }).waitFor();
    await page.getByLabel("Field for column Company Name").selectOption("company");
    await page.getByTestId("import-sample-rows").filter({ hasText: "Quinn Logistics" }).waitFor();

    const commit = page.getByTestId("commit-import");
    expect(await commit.textContent()).toBe("Import 3 rows");
    await commit.click();
    const result = page.getByTestId("import-result");
    await result.waitFor();
    expect(await page.getByTestId("import-created-value").textContent()).toBe("3");
    expect(await page.getByTestId("import-updated-value").textContent()).toBe("0");
    expect(await page.getByTestId("import-rejected-value").textContent()).toBe("1");
    const rejected = page.getByTestId("import-rejected-rows-row");
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().getAttribute("data-row")).toBe("4");
    expect(await rejected.first().textContent()).toContain("email");
    await page.screenshot({ path: "/tmp/harbor-leads-import-result.png", fullPage: true });

    // A second file naming two of the same people: the lead missing a company gets it, the other
    // has nothing new and is skipped — neither is doubled.
    const again = path.join(tmpdir(), `harbor-leads-again-${Date.now()}.csv`);
    await writeFile(again, ["Email,Name,Employer", "drew.patel@example.test,Drew Patel,Patel Partners", "avery.quinn@example.test,Avery Quinn,Quinn Logistics"].join("\n"));
    await page.getByRole("button", { name: "Import another file" }).click();
    await page.getByTestId("import-file-input").setInputFiles(again);
    await page.getByTestId("commit-import").click();
    await result.waitFor();
    expect(await page.getByTestId("import-created-value").textContent()).toBe("0");
    expect(await page.getByTestId("import-updated-value").textContent()).toBe("1");
    expect(await page.getByTestId("import-skipped-value").textContent()).toBe("1");
    expect(await page.getByTestId("import-rejected-rows").count()).toBe(0);

    await page.getByTestId("import-view-leads").click();
    await page.waitForURL(`${baseUrl}/crm/leads?kind=client`);
    const rows = page.getByTestId("lead-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    expect(await page.getByTestId("leads-table").textContent()).toContain("Patel Partners");

    // The table's filters narrow the list and live in the URL.
    await page.getByLabel("Search leads").fill("harper");
    await page.waitForURL(/[?&]q=harper/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Blake Harper");
    await page.getByRole("button", { name: "Clear filters" }).click();
    await rows.filter({ hasText: "Avery Quinn" }).waitFor();
    await page.getByLabel("Minimum score").fill("50");
    await page.waitForURL(/[?&]scoreMin=50/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Avery Quinn");
    await page.screenshot({ path: "/tmp/harbor-leads-table.png", fullPage: true });

    expect(errors).toEqual([]);
  });
});

describe("import history and undo", () => {
  it("imports with a chosen owner, shows the import in the history and undoes it: the leads leave the list", async () => {
    const { page, errors } = await leadsAgency("Undo Insurance");
    const owner = await callProcedure(page, "admin.users.create", { email: `jordan-${Date.now()}@example.test`, name: "Jordan Lee", role: "agent" });
    const file = path.join(tmpdir(), `harbor-leads-undo-${Date.now()}.csv`);
    await writeFile(file, ["Name,Email,Company", "Riley Stone,riley.stone@example.test,Stone Roofing", "Jamie Fox,jamie.fox@example.test,Fox Bakery"].join("\n"));

    await page.goto(`${baseUrl}/crm/leads/import?kind=client`);
    await page.getByTestId("import-file-input").setInputFiles(file);
    await page.getByTestId("import-mapping").waitFor();
    const ownerSelect = page.getByTestId("import-owner").getByLabel("Owner of the new leads");
    await ownerSelect.locator(`option[value="${String(owner.id)}"]`).waitFor({ state: "attached" });
    await ownerSelect.selectOption(String(owner.id));
    await page.getByTestId("commit-import").click();
    await page.getByTestId("import-result").waitFor();
    expect(await page.getByTestId("import-created-value").textContent()).toBe("2");

    await page.getByTestId("import-history-link").click();
    await page.waitForURL(`${baseUrl}/crm/leads/imports`);
    const row = page.getByTestId("import-row").filter({ hasText: path.basename(file) });
    await row.waitFor();
    expect(await row.getByTestId("import-status").textContent()).toBe("Completed");
    expect(await row.getByTestId("import-row-created").textContent()).toBe("2");
    expect(await row.textContent()).toContain("Casey Morgan");
    await page.screenshot({ path: "/tmp/harbor-leads-import-history.png", fullPage: true });

    await page.goto(`${baseUrl}/crm/leads?kind=client`);
    const leads = page.getByTestId("lead-row");
    await leads.filter({ hasText: "Riley Stone" }).waitFor();
    expect(await leads.count()).toBe(2);
    expect(await leads.filter({ hasText: "Riley Stone" }).textContent()).toContain("Jordan Lee");

    await page.getByTestId("open-import-history").click();
    await page.waitForURL(`${baseUrl}/crm/leads/imports`);
    await row.getByTestId("undo-import").click();
    await page.getByRole("button", { name: "Undo import" }).click();
    await page.getByText("Import undone: 2 leads moved to the trash, 0 reverted.").waitFor();
    await row.getByTestId("import-status").filter({ hasText: "Undone" }).waitFor();
    expect(await row.getByTestId("undo-import").count()).toBe(0);

    await page.goto(`${baseUrl}/crm/leads?kind=client`);
    await page.getByTestId("leads-empty").waitFor();
    await page.goto(`${baseUrl}/crm/trash`);
    await page.getByTestId("trash-row").filter({ hasText: "Riley Stone" }).waitFor();

    expect(errors).toEqual([]);
  });
});

describe("lead conversion", () => {
  it("converts a lead from its drawer and links to the new contact", async () => {
    const { page, errors } = await leadsAgency("Conversion Partners");
    await page.goto(`${baseUrl}/crm/leads`);

    // Without an email or a phone the dialog says so beside the fields.
    await page.getByTestId("open-create-lead").click();
    const dialog = page.getByTestId("create-lead-dialog");
    await dialog.getByLabel("Name").fill("Morgan Ellis");
    await dialog.getByRole("button", { name: "Add lead" }).click();
    await dialog.getByRole("alert").filter({ hasText: "An email or a phone number is required" }).first().waitFor();
    expect(await dialog.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: "/tmp/harbor-lead-create-errors.png" });
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await createLead(page, { name: "Morgan Ellis", email: "morgan.ellis@example.test", company: "Ellis Florists" });

    const row = page.getByTestId("lead-row").filter({ hasText: "Morgan Ellis" });
    await row.getByRole("button", { name: "Morgan Ellis" }).click();
    const drawer = page.getByTestId("lead-drawer");
    await drawer.getByTestId("lead-drawer-name").filter({ hasText: "Morgan Ellis" }).waitFor();
    expect(page.url()).toMatch(/\/crm\/leads\?lead=[0-9a-f-]{36}$/);

    // A call on the timeline first; it carries over to the contact.
    await drawer.getByLabel("Activity").selectOption("call");
    await drawer.getByLabel("What happened").fill("Wants a quote for the shop's property cover");
    await drawer.getByRole("button", { name: "Add to timeline" }).click();
    await drawer.getByTestId("timeline-item").filter({ hasText: "property cover" }).waitFor();

    await drawer.getByTestId("convert-lead").click();
    await drawer.getByTestId("confirm-convert-lead").click();
    const result = drawer.getByTestId("lead-conversion-result");
    await result.waitFor();
    expect(await drawer.getByTestId("converted-opportunity-link").getAttribute("href")).toMatch(/^\/crm\/pipeline\?opportunity=[0-9a-f-]{36}$/);
    expect(await drawer.getByTestId("lead-drawer-status").inputValue()).toBe("won");
    await page.screenshot({ path: "/tmp/harbor-lead-drawer-converted.png" });

    // The drawer is linkable: a reload opens it again, still converted, and so does the lead's own
    // address (where notifications point).
    await page.reload();
    await drawer.getByTestId("lead-conversion-result").waitFor();
    const leadId = new URL(page.url()).searchParams.get("lead");
    await page.goto(`${baseUrl}/crm/leads/${leadId}`);
    await page.waitForURL(`${baseUrl}/crm/leads?lead=${leadId}`);
    await drawer.getByTestId("lead-conversion-result").waitFor();

    const contactLink = drawer.getByTestId("converted-contact-link");
    expect(await contactLink.textContent()).toBe("Morgan Ellis");
    await contactLink.click();
    await page.waitForURL(/\/crm\/contacts\/[0-9a-f-]{36}$/);
    await page.getByTestId("contact-name").filter({ hasText: "Morgan Ellis" }).waitFor();

    expect(errors).toEqual([]);
  });
});
