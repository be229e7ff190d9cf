import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium";
import { callProcedure, signedInAgency } from "./helpers";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("ticket replies by email", () => {
  it("emails a reply to the ticket's client, shows its delivery on the thread and the mail in Settings → Outbox", async () => {
    const { page, errors } = await signedInAgency(browser, { organizationName: "Reply Mail Insurance", name: "Rosa Reply", emailLabel: "ticket-mail" });
    const clientEmail = `gwen.${Date.now()}@example.test`;
    const contact = (await callProcedure(page, "crm.contacts.create", { name: "Gwen Client", email: clientEmail })) as { id: string };
    const ticket = (await callProcedure(page, "crm.tickets.create", { subject: "Windshield claim", body: "Where is my claim?", contactId: contact.id })) as {
      id: string;
      number: number;
    };

    await page.goto(`${baseUrl}/crm/service-desk?ticket=${ticket.id}`);
    const composer = page.getByTestId("ticket-composer");
    await composer.getByText(`it is emailed to ${clientEmail}`).waitFor();
    await composer.getByLabel("Reply").fill("The adjuster calls you on Monday.");
    await composer.getByRole("button", { name: "Send reply" }).click();
    const delivered = page.getByTestId("ticket-message").filter({ hasText: "The adjuster calls you on Monday." }).getByTestId("ticket-message-delivery");
    await delivered.waitFor();
    expect(await delivered.textContent()).toBe(`Emailed to ${clientEmail} · sent`);

    await page.goto(`${baseUrl}/settings`);
    const mail = page.getByTestId("outbox-mail").filter({ hasText: `[TCK-${ticket.number}] Windshield claim` });
    await mail.waitFor();
    expect(await mail.textContent()).toContain(`to ${clientEmail}`);
    await mail.locator("summary").click();
    await mail.getByText("The adjuster calls you on Monday.").waitFor();

    // Put the client on the do-not-contact list: the contact page warns, and a reply is refused.
    await callProcedure(page, "crm.dnc.add", { channel: "email", value: clientEmail });
    await page.goto(`${baseUrl}/crm/contacts/${contact.id}`);
    expect(await page.getByTestId("contact-dnc-alert").textContent()).toContain("on the do-not-contact list");
    await page.goto(`${baseUrl}/crm/service-desk?ticket=${ticket.id}`);
    await page.getByTestId("ticket-composer").getByLabel("Reply").fill("One more thing");
    await page.getByTestId("ticket-composer").getByRole("button", { name: "Send reply" }).click();
    const refusal = page.getByTestId("composer-error");
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe("Gwen Client is marked do-not-contact. Nothing was sent or saved; post it as an internal note instead.");
    expect(errors.filter((error) => !error.includes("403"))).toEqual([]);
  });
});
