import { describe, expect, it } from "vitest";
import { searchKnowledge } from "../../services/crm/knowledge";
import { callerFor, createTestOrganization, useTestOrganization } from "../../testing";

describe("crm.knowledge", () => {
  const org = useTestOrganization();

  it("lets a manager create, update and delete resources; tags are normalized", async () => {
    const manager = callerFor(org.users.manager);
    const created = await manager.crm.knowledge.create({
      title: "Flood insurance basics",
      summary: "What NFIP covers",
      content: "Standard homeowners policies exclude flood. NFIP policies cover the building and contents.",
      category: "coverage",
      tags: ["Flood", "flood", " home "],
      url: "https://example.com/flood",
    });
    expect(created).toMatchObject({ title: "Flood insurance basics", status: "published", tags: ["flood", "home"], author: { id: org.users.manager.userId } });
    const updated = await manager.crm.knowledge.update({ id: created.id, summary: "What the NFIP covers and what it does not", tags: ["flood"] });
    expect(updated).toMatchObject({ summary: "What the NFIP covers and what it does not", tags: ["flood"], content: created.content });
    expect(await callerFor(org.users.agent).crm.knowledge.get({ id: created.id })).toMatchObject({ id: created.id, content: created.content });
    expect(await manager.crm.knowledge.delete({ id: created.id })).toEqual({ id: created.id });
    await expect(manager.crm.knowledge.get({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["agent", "viewer", "compliance"] as const)("is read-only to a %s", async (role) => {
    const resource = await callerFor(org.users.admin).crm.knowledge.create({ title: "Read only", content: "Body" });
    const caller = callerFor(org.users[role]);
    expect(await caller.crm.knowledge.get({ id: resource.id })).toMatchObject({ id: resource.id });
    await expect(caller.crm.knowledge.create({ title: "x", content: "y" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.knowledge.update({ id: resource.id, title: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.knowledge.delete({ id: resource.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hides drafts from readers who cannot write, and filters by category, tag and search", async () => {
    const fresh = await createTestOrganization();
    const admin = callerFor(fresh.users.admin);
    const script = await admin.crm.knowledge.create({ title: "Renewal call script", content: "Open with the renewal date.", category: "scripts", tags: ["renewals"] });
    const draft = await admin.crm.knowledge.create({ title: "Renewal pricing memo", content: "Not final.", category: "scripts", status: "draft" });
    const claims = await admin.crm.knowledge.create({ title: "Claims intake", content: "Collect the date of loss.", category: "claims" });

    const agent = callerFor(fresh.users.agent);
    expect((await agent.crm.knowledge.list({ category: "scripts" })).items.map((item) => item.id)).toEqual([script.id]);
    await expect(agent.crm.knowledge.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await admin.crm.knowledge.list({ category: "Scripts" })).items.map((item) => item.id)).toEqual([draft.id, script.id]);
    expect((await admin.crm.knowledge.list({ status: "draft" })).items.map((item) => item.id)).toEqual([draft.id]);
    expect((await agent.crm.knowledge.list({ tag: "renewals" })).items.map((item) => item.id)).toEqual([script.id]);
    expect((await agent.crm.knowledge.list({ search: "intake" })).items.map((item) => item.id)).toEqual([claims.id]);

    const page = await agent.crm.knowledge.list({ limit: 1 });
    expect(page).toMatchObject({ total: 2, nextCursor: expect.any(String) as unknown });
    const rest = await agent.crm.knowledge.list({ limit: 1, cursor: page.nextCursor! });
    expect([...page.items, ...rest.items].map((item) => item.id)).toEqual([claims.id, script.id]);
  });

  it("ranks the article about the topic first in full-text search, with a highlighted snippet, published only", async () => {
    const fresh = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    const admin = callerFor(fresh.users.admin);
    const umbrella = await admin.crm.knowledge.create({
      title: "Umbrella liability coverage explained",
      summary: "When a client needs an umbrella policy and how much coverage to suggest.",
      content:
        "An umbrella policy adds liability coverage above the limits of auto and home policies. Umbrella coverage pays for " +
        "judgments and legal defense once the underlying limits are exhausted. Suggest umbrella limits of at least the client's net worth.",
      category: "coverage",
    });
    await admin.crm.knowledge.create({
      title: "Renewal call script",
      content: "Confirm the renewal date, review changes in the household, and mention umbrella coverage if they own a boat.",
      category: "scripts",
    });
    await admin.crm.knowledge.create({ title: "Claims process", content: "Collect the date of loss, photos and the police report.", category: "claims" });
    await admin.crm.knowledge.create({ title: "Umbrella coverage draft", content: "Umbrella coverage umbrella coverage.", status: "draft" });
    await callerFor(other.users.admin).crm.knowledge.create({ title: "Umbrella coverage elsewhere", content: "Umbrella coverage." });

    const { items } = await callerFor(fresh.users.agent).crm.knowledge.search({ q: "umbrella coverage" });
    expect(items.map((item) => item.title)).toEqual(["Umbrella liability coverage explained", "Renewal call script"]);
    expect(items[0]).toMatchObject({ id: umbrella.id, category: "coverage", rank: expect.any(Number) as unknown });
    expect(items[0]!.rank).toBeGreaterThan(items[1]!.rank);
    expect(items[0]!.snippet).toContain("**Umbrella**");

    expect(await searchKnowledge({ actor: fresh.users.agent, q: "police report", limit: 3 })).toEqual([
      expect.objectContaining({ title: "Claims process", snippet: expect.stringContaining("**police**") as unknown }),
    ]);
    expect(await searchKnowledge({ actor: fresh.users.agent, q: "umbrella -renewal" })).toEqual([expect.objectContaining({ id: umbrella.id })]);
    const question = await searchKnowledge({ actor: fresh.users.agent, q: "what does an adjuster need besides the police report?" });
    expect(question[0]).toMatchObject({ title: "Claims process" });
    expect(await searchKnowledge({ actor: fresh.users.agent, q: "the and of" })).toEqual([]);
    expect(await searchKnowledge({ actor: fresh.users.agent, q: "   " })).toEqual([]);
  });
});

describe("crm.training", () => {
  it("lists modules by position, new ones last, and lets writers publish and archive them", async () => {
    const org = await createTestOrganization();
    const manager = callerFor(org.users.manager);
    const first = await manager.crm.training.create({ title: "Harbor basics", content: "Navigating leads.", durationMinutes: 15, status: "published" });
    const second = await manager.crm.training.create({ title: "Objection handling", content: "Price objections.", category: "sales" });
    const zeroth = await manager.crm.training.create({ title: "Welcome", content: "Start here.", position: 0, status: "published" });
    expect([first.position, second.position, zeroth.position]).toEqual([1, 2, 0]);
    expect(second.status).toBe("draft");

    const agent = callerFor(org.users.agent);
    expect((await agent.crm.training.list({})).items.map((item) => item.id)).toEqual([zeroth.id, first.id]);
    await expect(agent.crm.training.get({ id: second.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await manager.crm.training.list({})).items.map((item) => item.id)).toEqual([zeroth.id, first.id, second.id]);

    expect(await manager.crm.training.update({ id: second.id, status: "published", position: 1 })).toMatchObject({ status: "published", position: 1 });
    await manager.crm.training.update({ id: first.id, status: "archived" });
    const page = await agent.crm.training.list({ limit: 1 });
    expect(page.items.map((item) => item.id)).toEqual([zeroth.id]);
    const rest = await agent.crm.training.list({ limit: 1, cursor: page.nextCursor! });
    expect(rest.items.map((item) => item.id)).toEqual([second.id]);
    expect(rest.nextCursor).toBeNull();
    expect(await agent.crm.training.get({ id: second.id })).toMatchObject({ content: "Price objections.", category: "sales" });
    expect((await manager.crm.training.list({ status: "archived" })).items.map((item) => item.id)).toEqual([first.id]);

    expect(await manager.crm.training.delete({ id: first.id })).toEqual({ id: first.id });
    await expect(manager.crm.training.get({ id: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(["agent", "viewer", "compliance"] as const)("is read-only to a %s", async (role) => {
    const org = await createTestOrganization();
    const module = await callerFor(org.users.admin).crm.training.create({ title: "Read only", content: "x", status: "published" });
    const caller = callerFor(org.users[role]);
    expect((await caller.crm.training.list({})).items).toHaveLength(1);
    await expect(caller.crm.training.create({ title: "x", content: "y" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.training.update({ id: module.id, title: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.crm.training.delete({ id: module.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not reach another organization's modules", async () => {
    const org = await createTestOrganization();
    const other = await createTestOrganization("Other Agency");
    const theirs = await callerFor(other.users.admin).crm.training.create({ title: "Theirs", content: "x", status: "published" });
    await expect(callerFor(org.users.admin).crm.training.get({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(org.users.admin).crm.training.update({ id: theirs.id, title: "Mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callerFor(org.users.admin).crm.training.list({})).items).toEqual([]);
  });
});
