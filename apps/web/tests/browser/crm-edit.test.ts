import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { signedInWithContact } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("editing deals and tasks", () => {
  it("edits a deal's value and close date, loses it with a reason, adds a task from it, then edits, reschedules and deletes the task", async () => {
    const { page, errors } = await signedInWithContact(
      browser,
      { organizationName: "Keel & Anchor", name: "Jordan Pike", emailLabel: "crm-edit" },
      { name: "Elena Ortiz", customerCode: "KA-1001", city: "Portland" },
    );

    await page.getByTestId("open-add-opportunity").click();
    const dealDialog = page.getByTestId("opportunity-form-dialog");
    await dealDialog.getByLabel("Title").fill("Fleet renewal");
    await dealDialog.getByLabel("Value").fill("5000");
    await dealDialog.getByRole("button", { name: "Create deal" }).click();
    await dealDialog.waitFor({ state: "hidden" });
    await page.getByTestId("contact-opportunities").getByRole("link", { name: /Fleet renewal/ }).click();
    await page.waitForURL(/\/crm\/pipeline\?opportunity=/);
    const panel = page.getByTestId("opportunity-panel");

    // Edit: value and close date.
    await panel.getByTestId("edit-opportunity").click();
    const editDialog = page.getByTestId("edit-opportunity-dialog");
    await editDialog.getByLabel("Value").fill("7500");
    await editDialog.getByLabel("Expected close").fill("2026-12-15");
    await editDialog.getByRole("button", { name: "Save deal" }).click();
    await editDialog.waitFor({ state: "hidden" });
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
    await panel.getByTestId("add-task").click();
    const taskDialog = page.getByTestId("create-task-dialog");
    await taskDialog.getByLabel("Title").fill("Send final quote");
    await taskDialog.getByRole("button", { name: "Create task" }).click();
    await taskDialog.waitFor({ state: "hidden" });

    await page.goto(`${baseUrl}/crm/tasks`);
    const row = page.getByTestId("task-row").filter({ hasText: "Send final quote" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Fleet renewal");
    expect(await row.textContent()).toContain("No due date");

    // Edit and reschedule.
    await row.getByTestId("edit-task").click();
    const editTask = page.getByTestId("edit-task-dialog");
    await editTask.getByLabel("Title").fill("Send revised quote");
    await editTask.getByLabel("Due").fill("2030-01-15T09:30");
    await editTask.getByRole("button", { name: "Save task" }).click();
    await editTask.waitFor({ state: "hidden" });
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
