import { db } from "@harbor/db";
import { DEMO_ORGANIZATION } from "@harbor/db/seed";
import { beforeAll, describe, expect, it } from "vitest";
import { findDncMatches } from "../services/crm/dnc/check-dnc";
import { seedDemoWithScores } from "./seed-demo-scored";

const now = new Date("2026-03-01T12:00:00Z");
let organizationId: string;

beforeAll(async () => {
  await seedDemoWithScores({ now });
  organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug } })).id;
}, 180_000);

describe("the demo seed's scores", () => {
  it("gives every lead packages/ai's lead score, stored with its factors, spread over the range", async () => {
    const leads = await db.lead.findMany({ where: { organizationId } });
    expect(leads.length).toBeGreaterThan(100);
    const stored = new Map(
      (await db.storedScore.findMany({ where: { organizationId, entityType: "lead", kind: "lead" } })).map((row) => [row.entityId, row]),
    );
    expect(stored.size).toBe(leads.length);
    for (const lead of leads) {
      const row = stored.get(lead.id)!;
      expect({ name: lead.name, score: lead.score }).toEqual({ name: lead.name, score: row.score });
      expect(row.computedAt).toEqual(now);
      const factors = row.factors as { name: string; value: number }[];
      expect(factors.reduce((sum, factor) => sum + factor.value, 0)).toBe(row.score);
      expect(factors.map((factor) => factor.name)).toEqual(expect.arrayContaining(["email", "source", "stage", "recency", "engagement"]));
    }
    const scores = leads.map((lead) => lead.score);
    expect(Math.min(...scores)).toBeLessThanOrEqual(20);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(75);
  });

  it("stores health and churn for every contact, a probability for every deal and a renewal risk for every policy", async () => {
    const [contacts, opportunities, policies] = await Promise.all([
      db.contact.count({ where: { organizationId } }),
      db.opportunity.count({ where: { organizationId } }),
      db.policy.count({ where: { organizationId } }),
    ]);
    const count = (entityType: "contact" | "opportunity" | "policy", kind: "health" | "churn" | "probability" | "renewal_risk") =>
      db.storedScore.count({ where: { organizationId, entityType, kind } });
    expect(await count("contact", "health")).toBe(contacts);
    expect(await count("contact", "churn")).toBe(contacts);
    expect(await count("opportunity", "probability")).toBe(opportunities);
    expect(await count("policy", "renewal_risk")).toBe(policies);
    expect(await db.policy.count({ where: { organizationId, renewalRisk: null } })).toBe(0);
  });

  it("store phones in E.164 and match the do-not-contact list exactly where tagged", async () => {
    const leads = await db.lead.findMany({ where: { organizationId }, select: { email: true, phone: true, tags: true } });
    expect(leads.every((lead) => lead.phone === null || /^\+\d{10,15}$/.test(lead.phone))).toBe(true);
    const dnc = await findDncMatches({ organizationId, emails: leads.map((lead) => lead.email), phones: leads.map((lead) => lead.phone) });
    const listed = leads.filter((lead) => dnc.has("email", lead.email) || dnc.has("phone", lead.phone));
    expect(listed).toHaveLength(2);
    expect(listed.every((lead) => lead.tags.includes("dnc"))).toBe(true);
    expect(leads.filter((lead) => lead.tags.includes("dnc"))).toHaveLength(2);
    expect(await db.dncEntry.count({ where: { organizationId } })).toBe(6);
  });
});
