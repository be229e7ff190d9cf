import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInWithContact, submitDialog } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("editing deals and tasks", () => {
  it("edits a deal's value and close date, loses it with a reason, adds a task from it, then edits, reschedules and deletes the task", async () => {
    const { page, errors } = await signedInWithContact(
      browser,
      { organizationName: "Keel & Anchor", name: "Jordan Pike", emailLabel: "crm-edit" },
      { name: "Elena Ortiz", customerCode: "KA-1001", city: "Portland" },
    );

    await submitDialog(page, { open: page.getByTestId("open-add-opportunity"), dialog: "opportunity-form-dialog", fields: { Title: "Fleet renewal", Value: "5000" }, submit: "Create deal" });
    await page.getByTestId("contact-opportunities").getByRole("link", { name: /Fleet renewal/ }).click();
    await page.waitForURL(/\/crm\/pipeline\?opportunity=/);
    const panel = page.getByTestId("opportunity-panel");

    // Edit: value and close date.
    await submitDialog(page, { open: panel.getByTestId("edit-opportunity"), dialog: "edit-opportunity-dialog", fields: { Value: "7500", "Expected close": "2026-12-15" }, submit: "Save deal" });
    await panel.getByTestId("panel-value").filter({ hasText: "$7,500" }).waitFor();
    expect(await panel.getByTestId("panel-close-date").textContent()).toContain("2026");

    // Closed lost asks why first; the reason is kept on the deal.
    await panel.getByTestId("panel-stage").selectOption("closed_lost");
    const lostDialog = page.getByTestId("lost-reason-dialog");
    await lostDialog.getByRole("button", { name: "Mark as lost" }).click();
    await lostDialog.getByText("Lost reason is required").waitFor();
    await lostDialog.getByLabel("Lost reason").fill("Chose a cheaper carrier");
    await lostDialog.getByRole("button", { name: "Mark as lost" }).click();
    await panel.getByTestId("panel-lost-reason").filter({ hasText: "Chose a cheaper carrier" }).waitFor();

    // A task added from the deal is about the deal.
    await submitDialog(page, { open: panel.getByTestId("add-task"), dialog: "create-task-dialog", fields: { Title: "Send final quote" }, submit: "Create task" });

    await page.goto(`${baseUrl}/crm/tasks`);
    const row = page.getByTestId("task-row").filter({ hasText: "Send final quote" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Fleet renewal");
    expect(await row.textContent()).toContain("No due date");

    // Edit and reschedule.
    await submitDialog(page, { open: row.getByTestId("edit-task"), dialog: "edit-task-dialog", fields: { Title: "Send revised quote", Due: "2030-01-15T09:30" }, submit: "Save task" });
    const edited = page.getByTestId("task-row").filter({ hasText: "Send revised quote" });
    await edited.getByTestId("task-due").waitFor();
    expect(await edited.getByTestId("task-due").getAttribute("title")).toContain("2030");

    // Delete.
    await edited.getByTestId("delete-task").click();
    await page.getByTestId("confirm-dialog").getByRole("button", { name: "Delete task" }).click();
    await edited.waitFor({ state: "detached" });
    await page.getByTestId("tasks-empty").waitFor();

    expect(errors).toEqual([]);
  });
});
