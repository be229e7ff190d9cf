import { describe, expect, it } from "vitest";
import { extractArgs, nameIn } from "./extract";

const context = { now: new Date("2026-06-01T15:00:00Z"), timeZone: "America/Chicago" };

describe("extractArgs", () => {
  it("turns the topic into a subject addressed to the client", () => {
    expect(extractArgs("draft an email to Ana about her renewal", context)).toMatchObject({
      name: "Ana",
      topic: "her renewal",
      subject: "Your renewal",
    });
  });

  it("reads the company and keeps the email out of the phone", () => {
    const args = extractArgs("add a lead for Ken Ito from Acme Roofing, ken.ito@acme.co, +1 (512) 555-0199", context);
    expect(args).toMatchObject({ name: "Ken Ito", company: "Acme Roofing", email: "ken.ito@acme.co", phone: "+1 (512) 555-0199" });
  });

  it("resolves the meeting window from the duration", () => {
    expect(extractArgs("schedule a meeting with Ana on June 3 at 10am for 45 minutes", context)).toMatchObject({
      startAt: "2026-06-03T15:00:00.000Z",
      endAt: "2026-06-03T15:45:00.000Z",
      durationMinutes: 45,
    });
  });

  it("counts the days of a renewal window from now", () => {
    expect(extractArgs("what renews in the next 60 days?", context)).toMatchObject({ days: 60, from: "2026-06-01", to: "2026-07-31" });
    expect(extractArgs("upcoming renewals", context)).toMatchObject({ days: 30 });
  });
});

describe("colons", () => {
  it("takes notes after a colon, but not the lead's own details", () => {
    expect(extractArgs("log a call with Priya: discussed umbrella coverage", context)).toMatchObject({ notes: "discussed umbrella coverage" });
    expect(extractArgs("Add a lead: Maria Lopez, maria@x.com", context)).not.toHaveProperty("notes");
  });
});

describe("reminders", () => {
  it("reads the task wherever the date sits", () => {
    expect(extractArgs("remind me tomorrow to send Bob the quote", context)).toMatchObject({
      title: "Send Bob the quote",
      name: "Bob",
      dueAt: "2026-06-02T14:00:00.000Z",
    });
    expect(extractArgs("create a task to follow up with Maria tomorrow", context)).toMatchObject({ title: "Follow up with Maria", name: "Maria" });
  });
});

describe("nameIn", () => {
  it.each([
    ["update Maria Lopez to qualified", "Maria Lopez"],
    ["schedule a call with John Smith tomorrow at 3", "John Smith"],
    ["call Bob on Friday", "Bob"],
    ["what is Ana Ruiz's renewal date", "Ana Ruiz"],
    ["meet with Friday", undefined],
    ["add lead John Doe 5551234567", "John Doe"],
    ["Add a lead: Maria Lopez, maria@x.com", "Maria Lopez"],
  ])("%s → %s", (text, name) => {
    expect(nameIn(text)).toBe(name);
  });
});
