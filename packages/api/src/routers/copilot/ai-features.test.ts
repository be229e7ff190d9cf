import { db } from "@harbor/db";
import { describe, expect, it } from "vitest";
import { callerFor, createTestOrganization, uniqueSuffix } from "../../testing";

// The single-shot AI features on the offline provider (no key configured): deterministic answers,
// the caller's record scope for insights, and the organization's switches.

describe("copilot AI features", () => {
  it("maps import headers to the target's fields", async () => {
    const org = await createTestOrganization();
    const result = await callerFor(org.users.agent).copilot.mapHeaders({
      target: "lead",
      headers: ["Full Name", "E-mail Address", "Mobile", "Favourite colour"],
      sampleRows: [["Dana Reyes", "dana@example.com", "555-0100", "blue"]],
    });
    expect(result.provider).toBe("offline");
    expect(Object.fromEntries(result.mappings.map((mapping) => [mapping.header, mapping.field]))).toMatchObject({
      "Full Name": "name",
      "E-mail Address": "email",
      Mobile: "phone",
      "Favourite colour": null,
    });
  });

  it("maps a lead file's headers as the importer's own preview does (one matcher for both)", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const content = ["Full Name,Contact Email,Cell #,First Name,Last Name,Mailing Address", "Dana Reyes,dana@example.com,555-010-0100,Dana,Reyes,1 Main St"].join("\n");
    const preview = await agent.crm.leads.import.preview({ filename: "leads.csv", content, kind: "client" });
    const suggested = await agent.copilot.mapHeaders({ target: "lead", headers: preview.headers, sampleRows: preview.sampleRows.map((row) => row.cells) });
    expect(suggested.provider).toBe("offline");
    expect(Object.fromEntries(suggested.mappings.map((mapping) => [mapping.header, mapping.field]))).toEqual(preview.mapping);
    expect(preview.mapping).toEqual({ "Full Name": "name", "Contact Email": "email", "Cell #": "phone", "First Name": "firstName", "Last Name": "lastName", "Mailing Address": null });
  });

  it("parses a question into a route, composes a draft and analyzes a message", async () => {
    const org = await createTestOrganization();
    const agent = callerFor(org.users.agent);
    const parsed = await agent.copilot.query({ q: "show me new leads from facebook" });
    expect(parsed).toMatchObject({ provider: "offline", filters: expect.objectContaining({ source: "facebook" }) as unknown });
    expect(parsed.suggestedRoute.length).toBeGreaterThan(0);

    const composed = await agent.copilot.compose({ context: "Client asked about renewing their home policy next month", tone: "formal", recipientName: "Dana" });
    expect(composed.withheld).toBe(false);
    expect(composed.draft).toContain("Dana");

    const analysis = await agent.copilot.analyzeMessage({ text: "I want to cancel my policy today, your price went up again and I am furious." });
    expect(analysis).toMatchObject({ intent: "cancellation", sentiment: { label: "negative" }, withheld: false });
  });

  it("gives insights that cite the records they used, within the caller's scope", async () => {
    const org = await createTestOrganization();
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: org.users.agent.userId, name: "Insight Client", email: `insight-${uniqueSuffix()}@example.com`, healthScore: 35, churnRisk: 70 } });
    const policy = await db.policy.create({
      data: { organizationId: org.organizationId, contactId: contact.id, ownerId: org.users.agent.userId, policyNumber: `P-${uniqueSuffix()}`, type: "home", carrier: "Acme", premium: 1200, startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01"), renewalDate: new Date("2026-12-20"), status: "active" },
    });
    const insights = await callerFor(org.users.agent).copilot.insights({ entityType: "contact", entityId: contact.id });
    expect(insights).toMatchObject({ entityId: contact.id, title: "Insight Client (client)", provider: "offline", withheld: false });
    expect(insights.summary.length).toBeGreaterThan(0);
    expect(insights.facts).toEqual(expect.arrayContaining([expect.objectContaining({ source: { entityType: "policy", entityId: policy.id } })]));
    const cited = [...insights.risks, ...insights.nextBestActions].flatMap((insight) => insight.citations.map((citation) => citation.entityId));
    expect(cited.every((id) => [contact.id, policy.id].includes(id))).toBe(true);

    const otherAgent = await db.user.create({ data: { organizationId: org.organizationId, email: `a2-${uniqueSuffix()}@test.harbor.local`, name: "Other", role: "agent", passwordHash: "x" } });
    const theirs = await db.contact.create({ data: { organizationId: org.organizationId, ownerId: otherAgent.id, name: "Not Mine" } });
    await expect(callerFor(org.users.agent).copilot.insights({ entityType: "contact", entityId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a feature the organization turned off", async () => {
    const org = await createTestOrganization();
    await callerFor(org.users.admin).settings.ai.update({ features: { compose: false } });
    await expect(callerFor(org.users.agent).copilot.compose({ context: "Renewal" })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Smart compose is turned off") as unknown });
    await expect(callerFor(org.users.agent).copilot.analyzeMessage({ text: "Hello" })).resolves.toMatchObject({ provider: "offline" });
  });
});
