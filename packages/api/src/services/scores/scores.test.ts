import { churnRisk, contactHealth, dealProbability, leadScore, renewalRisk, type ContactScoreInput, type Score } from "@harbor/ai";
import { db } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../access/actor";
import { createTestOrganization, useTestOrganization } from "../../testing";
import { readScores, recomputeOrganizationScores, rescoreContacts, rescoreOpportunities, type StoredScoreView } from "./index";

// The stored scores must be exactly what the pure formulas give for the records' known inputs:
// each fixture's input is written out by hand below, so a gather query that miscounts (a
// resolved ticket counted as open, an old or system activity counted as contact) shows up here.

const now = new Date("2026-12-04T12:00:00.000Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(now.getTime() + days * DAY);
/** A calendar date `days` from now, as Prisma stores a `date` column (UTC midnight). */
const date = (days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));

const org = useTestOrganization();
const ids = { engaged: "", silent: "", lead: "", opportunity: "", renewingSoon: "", renewingLater: "", lapsed: "" };

function expectStored(stored: StoredScoreView | undefined, expected: Score & { confidence?: string }) {
  expect(stored).toBeDefined();
  expect(stored!.score).toBe(expected.score);
  expect(stored!.band).toBe(expected.band);
  expect(stored!.confidence).toBe(expected.confidence ?? null);
  expect(stored!.factors).toEqual(expected.factors);
  expect(stored!.computedAt).toEqual(now);
}

async function policy(contactId: string, number: string, fields: { status?: "active" | "lapsed"; start: number; renewal: number; premium: number }) {
  const created = await db.policy.create({
    data: {
      organizationId: org.organizationId,
      contactId,
      policyNumber: `${number}-${org.organizationId.slice(0, 8)}`,
      type: "auto",
      carrier: "Mutual",
      premium: fields.premium,
      startDate: date(fields.start),
      endDate: date(fields.renewal),
      renewalDate: date(fields.renewal),
      status: fields.status ?? "active",
    },
  });
  return created.id;
}

beforeAll(async () => {
  const organizationId = org.organizationId;
  const agent = org.users.agent.userId;
  const engaged = await db.contact.create({ data: { organizationId, ownerId: agent, name: "Engaged Client", createdAt: at(-3 * 365), lastContactAt: at(-10) } });
  const silent = await db.contact.create({ data: { organizationId, ownerId: org.users.admin.userId, name: "Silent Client", createdAt: at(-100) } });
  ids.engaged = engaged.id;
  ids.silent = silent.id;
  await db.activity.createMany({
    data: [
      { organizationId, contactId: engaged.id, type: "call", title: "Call", sentiment: "positive", occurredAt: at(-5) },
      { organizationId, contactId: engaged.id, type: "email", title: "Email", sentiment: "positive", occurredAt: at(-30) },
      { organizationId, contactId: engaged.id, type: "meeting", title: "Meeting", sentiment: "negative", occurredAt: at(-60) },
      { organizationId, contactId: engaged.id, type: "call", title: "Old call", sentiment: "negative", occurredAt: at(-200) },
      { organizationId, contactId: engaged.id, type: "system", title: "Imported", occurredAt: at(-1) },
    ],
  });
  await db.ticket.createMany({
    data: [
      { organizationId, number: 1, contactId: engaged.id, subject: "New", status: "open", createdAt: at(-2) },
      { organizationId, number: 2, contactId: engaged.id, subject: "Waiting", status: "pending", createdAt: at(-20) },
      { organizationId, number: 3, contactId: engaged.id, subject: "Done", status: "resolved", createdAt: at(-40) },
    ],
  });
  ids.renewingSoon = await policy(engaged.id, "P-1", { start: -4 * 365, renewal: 20, premium: 1200 });
  ids.renewingLater = await policy(engaged.id, "P-2", { start: -400, renewal: 300, premium: 800 });
  ids.lapsed = await policy(engaged.id, "P-3", { status: "lapsed", start: -500, renewal: -10, premium: 500 });

  const lead = await db.lead.create({
    data: { organizationId, ownerId: agent, name: "Lead", status: "proposal", email: "lead@example.test", phone: "+15550101", source: "Referral", value: 6000, createdAt: at(-50) },
  });
  ids.lead = lead.id;
  await db.activity.createMany({
    data: [
      { organizationId, leadId: lead.id, type: "email_opened", title: "Opened", occurredAt: at(-3) },
      { organizationId, leadId: lead.id, type: "note", title: "Note", occurredAt: at(-100) },
    ],
  });
  const opportunity = await db.opportunity.create({
    data: { organizationId, ownerId: agent, contactId: engaged.id, title: "Home bundle", stage: "quoted", probability: 50, positiveSignals: ["budget approved", "champion"], riskFactors: ["timing"], competitor: "Acme Mutual" },
  });
  ids.opportunity = opportunity.id;
  await db.activity.createMany({
    data: [
      { organizationId, opportunityId: opportunity.id, type: "call", title: "Call", occurredAt: at(-1) },
      { organizationId, opportunityId: opportunity.id, type: "email", title: "Email", occurredAt: at(-6) },
      { organizationId, opportunityId: opportunity.id, type: "email", title: "Old email", occurredAt: at(-8) },
    ],
  });
});

const engagedInput: ContactScoreInput = {
  customerSince: date(-4 * 365),
  lastContactAt: at(-5),
  interactionsLast90Days: 3,
  positiveLast90Days: 2,
  negativeLast90Days: 1,
  openTickets: 2,
  overdueTickets: 1,
  lapsedOrCancelledPolicies: 1,
  activePolicies: 2,
  nextRenewalAt: date(20),
  paymentStatus: "unknown",
};

describe("recomputeOrganizationScores", () => {
  it("stores every score with the pure formulas' numbers, bands and factors, and keeps the columns in step", async () => {
    const result = await recomputeOrganizationScores({ actor: systemActor(org.organizationId, "test"), now, batchSize: 2 });
    expect(result).toEqual({ contacts: 2, policies: 3, leads: 1, opportunities: 1, crossedIntoAtRisk: [] });
    const admin = org.users.admin;

    const contacts = await readScores({ actor: admin, entityType: "contact", ids: [ids.engaged, ids.silent] });
    const of = (rows: StoredScoreView[], id: string, kind: string) => rows.find((row) => row.entityId === id && row.kind === kind);
    const health = contactHealth(engagedInput, now);
    const churn = churnRisk(engagedInput, now);
    expectStored(of(contacts, ids.engaged, "health"), health);
    expectStored(of(contacts, ids.engaged, "churn"), churn);
    const silentInput: ContactScoreInput = { ...engagedInput, customerSince: at(-100), lastContactAt: null, interactionsLast90Days: 0, positiveLast90Days: 0, negativeLast90Days: 0, openTickets: 0, overdueTickets: 0, lapsedOrCancelledPolicies: 0, activePolicies: 0, nextRenewalAt: null };
    expectStored(of(contacts, ids.silent, "health"), contactHealth(silentInput, now));
    expect(await db.contact.findUniqueOrThrow({ where: { id: ids.engaged }, select: { healthScore: true, churnRisk: true } })).toEqual({ healthScore: health.score, churnRisk: churn.score });

    const policies = await readScores({ actor: admin, entityType: "policy", ids: [ids.renewingSoon, ids.renewingLater, ids.lapsed] });
    const policyInput = { premium: 1200, renewalPremium: null, claimsInTerm: 0, paymentStatus: "unknown" as const, contactHealth: health.score, customerSince: date(-4 * 365), contactActivePolicies: 2 };
    const soon = renewalRisk({ ...policyInput, status: "active", renewsAt: date(20) }, now);
    expectStored(of(policies, ids.renewingSoon, "renewal_risk"), soon);
    expectStored(of(policies, ids.renewingLater, "renewal_risk"), renewalRisk({ ...policyInput, premium: 800, status: "active", renewsAt: date(300) }, now));
    expectStored(of(policies, ids.lapsed, "renewal_risk"), renewalRisk({ ...policyInput, premium: 500, status: "lapsed", renewsAt: date(-10) }, now));
    expect((await db.policy.findUniqueOrThrow({ where: { id: ids.renewingSoon } })).renewalRisk).toBe(soon.score);

    const lead = leadScore({ kind: "client", status: "proposal", email: "lead@example.test", phone: "+15550101", source: "Referral", value: 6000, lastInteractionAt: at(-3), interactionsLast90Days: 1 }, now);
    expectStored((await readScores({ actor: admin, entityType: "lead", ids: [ids.lead] }))[0], lead);
    expect((await db.lead.findUniqueOrThrow({ where: { id: ids.lead } })).score).toBe(lead.score);

    const deal = dealProbability({ stage: "quoted", positiveSignals: ["budget approved", "champion"], riskFactors: ["timing"], competitor: "Acme Mutual", activitiesLast7Days: 2 }, now);
    expect(deal).toMatchObject({ score: 45, confidence: "medium" });
    expectStored((await readScores({ actor: admin, entityType: "opportunity", ids: [ids.opportunity] }))[0], deal);
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: ids.opportunity }, select: { probability: true, probabilityConfidence: true } })).toEqual({ probability: 45, probabilityConfidence: "medium" });
  });

  it("rewrites on a later rescoring only the scores whose value changed", async () => {
    const system = systemActor(org.organizationId, "test");
    await recomputeOrganizationScores({ actor: system, now });
    const stored = () => db.storedScore.findMany({ where: { organizationId: org.organizationId }, select: { entityId: true, kind: true, computedAt: true, fingerprint: true } });
    const before = await stored();
    expect(before.every((row) => row.fingerprint !== null && row.computedAt.getTime() === now.getTime())).toBe(true);

    // A day later every factor's points are the same (explanations name dates and buckets): nothing is written.
    const tomorrow = at(1);
    await recomputeOrganizationScores({ actor: system, now: tomorrow });
    expect(await stored()).toEqual(before);

    await db.activity.create({ data: { organizationId: org.organizationId, contactId: ids.silent, type: "call", title: "Call", occurredAt: at(0.5) } });
    await rescoreContacts({ actor: system, ids: [ids.engaged, ids.silent], now: tomorrow });
    const after = await stored();
    const computedAt = (id: string, kind: string) => after.find((row) => row.entityId === id && row.kind === kind)?.computedAt;
    expect(computedAt(ids.silent, "health")).toEqual(tomorrow);
    expect(computedAt(ids.engaged, "health")).toEqual(now);
    const silent = await readScores({ actor: org.users.admin, entityType: "contact", ids: [ids.silent] });
    expect(silent.find((row) => row.kind === "health")?.factors.find((item) => item.name === "recency")?.value).toBe(15);
    await db.activity.deleteMany({ where: { contactId: ids.silent } });
  });

  it("reports a contact crossing into at risk, but not one that was already there or scored for the first time", async () => {
    await recomputeOrganizationScores({ actor: systemActor(org.organizationId, "test"), now });
    const [before] = await readScores({ actor: org.users.admin, entityType: "contact", ids: [ids.engaged] });
    expect(before).toBeDefined();
    await db.policy.updateMany({ where: { contactId: ids.engaged }, data: { status: "cancelled" } });
    await db.ticket.createMany({
      data: [4, 5, 6].map((number) => ({ organizationId: org.organizationId, number, contactId: ids.engaged, subject: "Complaint", createdAt: at(-15) })),
    });
    const result = await rescoreContacts({ actor: systemActor(org.organizationId, "test"), ids: [ids.engaged, ids.silent], now });
    expect(result.contacts).toBe(2);
    expect(result.crossedIntoAtRisk).toEqual([ids.engaged]);
  });

  it("is refused to anyone but an admin or the system", async () => {
    await expect(recomputeOrganizationScores({ actor: org.users.manager })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recomputeOrganizationScores({ actor: org.users.admin, kinds: ["leads"], batchSize: 0 })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("recomputes only the kinds asked for", async () => {
    expect(await recomputeOrganizationScores({ actor: org.users.admin, kinds: ["leads", "opportunities"], now })).toEqual({ contacts: 0, policies: 0, leads: 1, opportunities: 1, crossedIntoAtRisk: [] });
  });
});

describe("readScores and rescore within the record scope", () => {
  it("an agent reads the scores of their own contacts only", async () => {
    const rows = await readScores({ actor: org.users.agent, entityType: "contact", ids: [ids.engaged, ids.silent] });
    expect(new Set(rows.map((row) => row.entityId))).toEqual(new Set([ids.engaged]));
    expect(rows.map((row) => row.kind).sort()).toEqual(["churn", "health"]);
    expect(await readScores({ actor: org.users.agent, entityType: "policy", ids: [ids.lapsed] })).toHaveLength(1);
  });

  it("another organization's admin sees nothing", async () => {
    const other = await createTestOrganization("Other Agency");
    expect(await readScores({ actor: other.users.admin, entityType: "contact", ids: [ids.engaged] })).toEqual([]);
    expect((await rescoreOpportunities({ actor: other.users.admin, ids: [ids.opportunity], now })).opportunities).toBe(0);
  });

  it("refuses an id that is not one, naming the field", async () => {
    await expect(readScores({ actor: org.users.admin, entityType: "lead", ids: ["nope"] })).rejects.toMatchObject({ code: "VALIDATION_ERROR", details: { fieldErrors: { ids: ["Every id must be a UUID"] } } });
  });
});
