import { parse } from "csv-parse/sync";
import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, useTestOrganization } from "../../testing";
import { useAddedUser } from "../../testing/pipeline-fixtures";

// crm.{leads,contacts,opportunities,tasks}.export: the list's rows the caller may see, with the
// list's filters, as CSV whose formula cells are neutralized.
describe("list exports", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");

  beforeAll(async () => {
    const organizationId = org.organizationId;
    const mine = org.users.agent.userId;
    await db.lead.createMany({
      data: [
        { organizationId, ownerId: mine, name: "=HYPERLINK(\"http://evil.test\")", email: "evil@example.test", status: "new" },
        { organizationId, ownerId: mine, name: "Plain Lead", company: "-Minus Co", status: "qualified" },
        { organizationId, ownerId: south.userId, name: "South Secret Lead" },
      ],
    });
    const contact = await db.contact.create({ data: { organizationId, ownerId: mine, name: "@Contact Handle", email: "c@example.test" } });
    await db.contact.create({ data: { organizationId, ownerId: south.userId, name: "South Secret Contact" } });
    await db.opportunity.create({ data: { organizationId, ownerId: mine, contactId: contact.id, title: "+Deal Plus", value: 1200 } });
    await db.opportunity.create({ data: { organizationId, ownerId: south.userId, title: "South Secret Deal", value: 10 } });
    await db.task.create({ data: { organizationId, assigneeId: mine, createdById: mine, title: "\tTabbed task", contactId: contact.id } });
    await db.task.create({ data: { organizationId, assigneeId: south.userId, createdById: south.userId, title: "South Secret Task" } });
  });

  const rowsOf = (csv: string): string[][] => parse(csv);

  it("exports an agent's own leads only, formula cells prefixed, and honours the list's filters", async () => {
    const agent = callerFor(org.users.agent);
    const all = await agent.crm.leads.export({});
    expect(all).toMatchObject({ rowCount: 2, truncated: false });
    const rows = rowsOf(all.csv);
    expect(rows[0]?.slice(0, 3)).toEqual(["Name", "Kind", "Status"]);
    const names = rows.slice(1).map((row) => row[0]);
    expect(names.sort()).toEqual(["'=HYPERLINK(\"http://evil.test\")", "Plain Lead"]);
    expect(rows.find((row) => row[0] === "Plain Lead")?.[5]).toBe("'-Minus Co");
    expect(all.csv).not.toContain("South Secret");
    const qualified = await agent.crm.leads.export({ status: "qualified" });
    expect(rowsOf(qualified.csv).slice(1).map((row) => row[0])).toEqual(["Plain Lead"]);
    expect((await callerFor(org.users.admin).crm.leads.export({})).csv).toContain("South Secret Lead");
  });

  it("exports contacts, deals and tasks within the caller's scope, neutralized", async () => {
    const agent = callerFor(org.users.agent);
    const contacts = await agent.crm.contacts.export({});
    expect(rowsOf(contacts.csv).slice(1).map((row) => row[0])).toEqual(["'@Contact Handle"]);
    const deals = await agent.crm.opportunities.export({});
    expect(rowsOf(deals.csv).slice(1).map((row) => [row[0], row[2], row[6]])).toEqual([["'+Deal Plus", "1200", "'@Contact Handle"]]);
    const tasks = await agent.crm.tasks.export({ assigneeId: "me" });
    expect(rowsOf(tasks.csv).slice(1).map((row) => row[0])).toEqual(["'\tTabbed task"]);
    for (const exported of [contacts, deals, tasks]) expect(exported.csv).not.toContain("South Secret");
  });

  it("lets a viewer export (read-only) and audits every export with its filters", async () => {
    const viewer = await callerFor(org.users.viewer).crm.contacts.export({ search: "contact" });
    expect(viewer.rowCount).toBeGreaterThan(0);
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.contacts.export" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ entityType: "contact", changes: { search: "contact" } });
  });
});
