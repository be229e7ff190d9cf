import { parse } from "csv-parse/sync";
import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, useTestOrganization } from "../../testing";
import { useAddedUser } from "../../testing/pipeline-fixtures";

// The policies page: filters, sorts, totals and CSV export, each within the caller's scope.
describe("crm.policies list, totals and export", () => {
  const org = useTestOrganization();
  const south = useAddedUser(org, "agent");
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    const agent = callerFor(org.users.agent);
    const own = await agent.crm.contacts.create({ name: "Ada Ownbook" });
    const formula = await agent.crm.contacts.create({ name: "=HYPERLINK(\"http://evil.test\",\"click\")" });
    const theirs = await callerFor(south).crm.contacts.create({ name: "Sam Southbook" });
    const add = async (caller: ReturnType<typeof callerFor>, contactId: string, policyNumber: string, fields: Record<string, unknown>) => {
      await caller.crm.policies.create({ contactId, policyNumber, type: "auto", carrier: "Acme Mutual", premium: 1000, startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01"), ...fields });
      numbers[policyNumber] = policyNumber;
    };
    await add(agent, own.id, "PP-1", { type: "home", carrier: "Harbor Mutual", premium: 1500, renewalDate: new Date("2026-03-10") });
    await add(agent, own.id, "PP-2", { premium: 800.5, renewalDate: new Date("2026-04-20") });
    await add(agent, own.id, "PP-3", { status: "lapsed", premium: 300, renewalDate: new Date("2026-02-01") });
    await add(agent, formula.id, "+PP-4", { carrier: "@Carrier", premium: 200, renewalDate: new Date("2026-05-05") });
    await add(callerFor(south), theirs.id, "PP-9", { premium: 5000, renewalDate: new Date("2026-03-15") });
  });

  it("filters by type, carrier, status, owner and renewal window, within the caller's scope", async () => {
    const agent = callerFor(org.users.agent);
    const numbersOf = (page: { items: { policyNumber: string }[] }) => page.items.map((item) => item.policyNumber);
    expect(numbersOf(await agent.crm.policies.list({}))).toEqual(["PP-3", "PP-1", "PP-2", "+PP-4"]);
    expect(numbersOf(await agent.crm.policies.list({ type: "home" }))).toEqual(["PP-1"]);
    expect(numbersOf(await agent.crm.policies.list({ carrier: "harbor" }))).toEqual(["PP-1"]);
    expect(numbersOf(await agent.crm.policies.list({ status: "lapsed" }))).toEqual(["PP-3"]);
    expect(numbersOf(await agent.crm.policies.list({ renewalFrom: new Date("2026-03-01"), renewalTo: new Date("2026-04-30") }))).toEqual(["PP-1", "PP-2"]);
    const admin = callerFor(org.users.admin);
    expect(numbersOf(await admin.crm.policies.list({ ownerId: south.userId }))).toEqual(["PP-9"]);
    expect(numbersOf(await agent.crm.policies.list({ ownerId: south.userId }))).toEqual([]);
    const listed = (await agent.crm.policies.list({ type: "home" })).items[0];
    expect(listed).toMatchObject({ contact: { name: "Ada Ownbook" }, owner: { id: org.users.agent.userId } });
  });

  it("sorts by premium, number and newest, and pages with a cursor", async () => {
    const agent = callerFor(org.users.agent);
    expect((await agent.crm.policies.list({ sort: "premium" })).items.map((item) => item.premium)).toEqual([1500, 800.5, 300, 200]);
    expect((await agent.crm.policies.list({ sort: "premium", order: "asc" })).items.map((item) => item.premium)).toEqual([200, 300, 800.5, 1500]);
    expect((await agent.crm.policies.list({ sort: "policyNumber" })).items.map((item) => item.policyNumber)).toEqual(["+PP-4", "PP-1", "PP-2", "PP-3"]);
    const first = await agent.crm.policies.list({ sort: "premium", limit: 3 });
    expect(first).toMatchObject({ total: 4, totalCapped: false });
    const second = await agent.crm.policies.list({ sort: "premium", limit: 3, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((item) => item.premium)).toEqual([200]);
  });

  it("totals count and premium in the database, for what the caller may see", async () => {
    expect(await callerFor(org.users.agent).crm.policies.totals({})).toEqual({ count: 4, premium: 2800.5 });
    expect(await callerFor(org.users.agent).crm.policies.totals({ status: "active" })).toEqual({ count: 3, premium: 2500.5 });
    expect(await callerFor(org.users.admin).crm.policies.totals({})).toEqual({ count: 5, premium: 7800.5 });
    expect(await callerFor(org.users.viewer).crm.policies.totals({ carrier: "acme" })).toEqual({ count: 3, premium: 6100.5 });
  });

  it("exports the caller's filtered list as CSV, formula cells neutralized, and audits the export", async () => {
    const exported = await callerFor(org.users.agent).crm.policies.export({ sort: "policyNumber" });
    expect(exported).toMatchObject({ rowCount: 4, truncated: false });
    expect(exported.filename).toMatch(/^policies-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows: string[][] = parse(exported.csv);
    expect(rows[0]).toEqual(["Policy number", "Type", "Carrier", "Status", "Premium", "Start date", "End date", "Renewal date", "Contact", "Owner"]);
    expect(rows[1]?.slice(0, 3)).toEqual(["'+PP-4", "auto", "'@Carrier"]);
    expect(rows[1]?.[8]).toBe("'=HYPERLINK(\"http://evil.test\",\"click\")");
    expect(rows.map((row) => row[0])).not.toContain("PP-9");
    const audit = await db.auditLog.findFirst({ where: { organizationId: org.organizationId, action: "crm.policies.export" } });
    expect(audit?.entityType).toBe("policy");
  });
});
