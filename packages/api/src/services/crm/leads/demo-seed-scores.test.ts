import { db } from "@harbor/db";
import { DEMO_ORGANIZATION, seedDemo } from "@harbor/db/seed";
import { beforeAll, describe, expect, it } from "vitest";
import { findDncMatches } from "../dnc/check-dnc";
import { scoreLead } from "./score-lead";

// The demo seed (packages/db) cannot import the API, so it carries its own copy of the lead
// score rules; this keeps the copy honest.

const now = new Date("2026-03-01T12:00:00Z");
let organizationId: string;

beforeAll(async () => {
  await seedDemo(db, { now });
  organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug } })).id;
}, 120_000);

describe("the demo seed's leads", () => {
  it("carry the score the documented rules give them, spread over the range", async () => {
    const leads = await db.lead.findMany({ where: { organizationId } });
    expect(leads.length).toBeGreaterThan(100);
    for (const lead of leads) {
      const expected = scoreLead({ ...lead, value: lead.value === null ? null : Number(lead.value), budget: lead.budget === null ? null : Number(lead.budget) }, now);
      expect({ name: lead.name, score: lead.score }).toEqual({ name: lead.name, score: expected.score });
    }
    const scores = leads.map((lead) => lead.score);
    expect(Math.min(...scores)).toBeLessThanOrEqual(20);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(75);
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
