import { db, Prisma, type PolicyType, type Priority, type RenewalCaseStatus } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, UserActor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { renewalCaseScope } from "../../../access/scopes/renewal-case-scope";
import { callerFor, uniqueSuffix, useTestOrganization } from "../../../testing";
import { useAddedUser } from "../../../testing/pipeline-fixtures";
import { keysetOrderBy } from "../../pagination";
import { caseSorts, caseSortKeys, type ListCasesInput } from "./list-cases";
import { calendarDay } from "./policy-term";

// renewals.cases.list is read in one SQL statement (list-cases.ts, sql-list-page.ts). Prisma is the
// reference: for every sort in both directions, each filter and each role's scope, paging with
// cursors must give exactly the cases, in exactly the order, that Prisma's where (the scope from
// access/scopes/renewal-case-scope.ts) and orderBy give — with ties on the sort value and nulls.

const CASES = 48;
const DAY = 24 * 60 * 60 * 1000;

const org = useTestOrganization();
const teamAgent = useAddedUser(org, "agent", { sameTeam: true });
const southAgent = useAddedUser(org, "agent");
let batchId: string;
const today = calendarDay(new Date());

beforeAll(async () => {
  const batch = await db.renewalBatch.create({ data: { organizationId: org.organizationId, filename: "file.csv", contentHash: uniqueSuffix(), totalRecords: 1, validRecords: 1 } });
  batchId = batch.id;
  const assignees = [org.users.agent.userId, teamAgent.userId, southAgent.userId, null];
  const names = ["Ada Lovelace", "Ben 50% Off", "Cleo Stone", "Dan Lovelace"];
  const types: PolicyType[] = ["auto", "home", "life"];
  const statuses: RenewalCaseStatus[] = ["new", "in_progress", "pending_action", "renewed", "failed"];
  const priorities: Priority[] = ["low", "medium", "high", "urgent"];
  for (let n = 0; n < CASES; n += 1) {
    const suffix = uniqueSuffix();
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, name: names[n % names.length]!, email: `${suffix}@client.test` } });
    // Renewal dates from 20 days ago to 100 days ahead, two cases a day: ties the id decides.
    const renewalDate = new Date(today.getTime() + (Math.floor(n / 2) * 5 - 20) * DAY);
    const policy = await db.policy.create({
      data: {
        organizationId: org.organizationId,
        contactId: contact.id,
        policyNumber: `PN-${n % 2 === 0 ? "EVEN" : "ODD"}-${suffix}`,
        type: types[n % types.length]!,
        carrier: n % 4 === 0 ? "Beacon" : "Acme Mutual",
        premium: 1_000,
        startDate: new Date(renewalDate.getTime() - 365 * DAY),
        endDate: renewalDate,
        renewalDate,
      },
    });
    const priority = priorities[(n * 7) % 4]!;
    const status = statuses[n % statuses.length]!;
    await db.renewalCase.create({
      data: {
        organizationId: org.organizationId,
        caseNumber: `REN-T${String(n).padStart(3, "0")}-${suffix}`,
        policyId: policy.id,
        contactId: contact.id,
        assigneeId: assignees[n % assignees.length] ?? null,
        // Escalated to the first agent: in their scope though assigned elsewhere.
        escalatedToId: n % 11 === 5 ? org.users.agent.userId : null,
        batchId: n % 3 === 0 ? batchId : null,
        status,
        priority,
        priorityRank: priorities.indexOf(priority),
        renewalDate,
        priorPremium: 1_000,
        priorStartDate: new Date(renewalDate.getTime() - 365 * DAY),
        priorEndDate: renewalDate,
        priorCarrier: "Acme Mutual",
        renewalPremium: n % 5 === 0 ? null : new Prisma.Decimal(900 + (n % 6) * 50),
        premium: new Prisma.Decimal(900 + (n % 6) * 50),
        riskScore: n % 4 === 1 ? null : (n * 13) % 5,
        closedAt: status === "renewed" || status === "failed" ? new Date() : null,
        createdAt: new Date(Date.UTC(2026, 5, 1) + Math.floor(n / 3) * 60_000),
      },
    });
  }
});

type ListInput = Omit<ListCasesInput, "actor" | "limit" | "cursor">;

/** The reference: the cases Prisma finds for the same filters and scope, in the keyset's order. */
async function reference(actor: Actor, input: ListInput): Promise<string[]> {
  const policy: Prisma.PolicyWhereInput = { ...(input.policyType ? { type: input.policyType } : {}), ...(input.carrier ? { carrier: { equals: input.carrier, mode: "insensitive" } } : {}) };
  const contains = input.search ? ({ contains: input.search.replace(/[\\%_]/g, (c) => `\\${c}`), mode: "insensitive" } as const) : undefined;
  const filters: Prisma.RenewalCaseWhereInput[] = [
    ...(input.status ? [{ status: input.status }] : []),
    ...(input.priority ? [{ priority: input.priority }] : []),
    ...(input.assigneeId ? [{ assigneeId: input.assigneeId }] : []),
    ...(input.batchId ? [{ batchId: input.batchId }] : []),
    ...(Object.keys(policy).length > 0 ? [{ policy: { is: policy } }] : []),
    ...(contains ? [{ OR: [{ caseNumber: contains }, { policy: { is: { policyNumber: contains } } }, { contact: { is: { name: contains } } }] }] : []),
    ...(input.window === "overdue"
      ? [{ renewalDate: { lt: today }, status: { in: ["new", "in_progress", "pending_action"] as RenewalCaseStatus[] } }]
      : input.window
        ? [{ renewalDate: { gte: today, lte: new Date(today.getTime() + Number(input.window) * DAY) } }]
        : []),
  ];
  const key = caseSortKeys[input.sort ?? "renewalDate"];
  const rows = await db.renewalCase.findMany({
    where: within(renewalCaseScope(actor), { AND: filters }),
    orderBy: keysetOrderBy({ ...key, direction: input.order ?? key.direction }),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Every page of the list, 7 at a time, through the procedure; the first page's total. */
async function everyPage(actor: UserActor, input: ListInput) {
  const list = callerFor(actor).renewals.cases.list;
  const ids: string[] = [];
  const first = await list({ ...input, limit: 7 });
  ids.push(...first.items.map((item) => item.id));
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await list({ ...input, limit: 7, cursor });
    expect(page.total).toBeNull();
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  }
  return { ids, total: first.total, totalCapped: first.totalCapped, first: first.items };
}

describe("renewals.cases.list read in SQL pages exactly as Prisma finds and orders", () => {
  for (const sort of caseSorts) {
    for (const order of ["asc", "desc"] as const) {
      it(`sorts by ${sort} ${order}`, async () => {
        const expected = await reference(org.users.admin, { sort, order });
        expect(expected).toHaveLength(CASES);
        const { ids, total, totalCapped } = await everyPage(org.users.admin, { sort, order });
        expect(ids).toEqual(expected);
        expect({ total, totalCapped }).toEqual({ total: CASES, totalCapped: false });
      });
    }
  }

  const filters: [string, () => ListInput][] = [
    ["window 30", () => ({ window: "30" })],
    ["window 90, by priority", () => ({ window: "90", sort: "priority" })],
    ["overdue", () => ({ window: "overdue" })],
    ["status in_progress, by premium", () => ({ status: "in_progress", sort: "premium" })],
    ["priority urgent", () => ({ priority: "urgent" })],
    ["assignee", () => ({ assigneeId: teamAgent.userId })],
    ["batch, by risk", () => ({ batchId, sort: "risk" })],
    ["policy type home", () => ({ policyType: "home" })],
    ["carrier, any case", () => ({ carrier: "BEACON" })],
    ["policy type and carrier", () => ({ policyType: "auto", carrier: "acme mutual" })],
    ["search a customer name", () => ({ search: "lovelace" })],
    ["search a policy number part", () => ({ search: "pn-odd" })],
    ["search a case number", () => ({ search: "REN-T01" })],
    // The index is asked for "012" (the term's digits), the whole term tested on what it yields.
    ["search a case number with 3 digits", () => ({ search: "n-T012" })],
    ["search digits only", () => ({ search: "012" })],
    ["search a literal %", () => ({ search: "50%" })],
    ["search with no match", () => ({ search: "nobody-has-this" })],
    ["search and filters, by created", () => ({ search: "lovelace", window: "60", sort: "createdAt", order: "asc" })],
  ];
  for (const [name, input] of filters) {
    it(`filters: ${name}`, async () => {
      const expected = await reference(org.users.admin, input());
      const { ids, total } = await everyPage(org.users.admin, input());
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
    });
  }

  it("finds a literal % only where it is written", async () => {
    const { first } = await everyPage(org.users.admin, { search: "50%" });
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((item) => item.contact.name === "Ben 50% Off")).toBe(true);
  });

  const roles: [string, () => UserActor][] = [
    ["agent (assigned or escalated to)", () => org.users.agent],
    ["team agent", () => teamAgent],
    ["manager (the team's)", () => org.users.manager],
    ["agent of another team", () => southAgent],
    ["compliance (organization)", () => org.users.compliance],
  ];
  for (const [name, actor] of roles) {
    it(`scopes: ${name}, by renewal date and by risk`, async () => {
      for (const input of [{}, { sort: "risk", order: "desc" }, { window: "overdue" }] satisfies ListInput[]) {
        const expected = await reference(actor(), input);
        const { ids, total } = await everyPage(actor(), input);
        expect(ids).toEqual(expected);
        expect(total).toBe(expected.length);
      }
    });
  }

  it("reaches a case escalated to an agent though it is assigned elsewhere", async () => {
    const escalated = await db.renewalCase.findMany({ where: { organizationId: org.organizationId, escalatedToId: org.users.agent.userId, NOT: { assigneeId: org.users.agent.userId } }, select: { id: true } });
    expect(escalated.length).toBeGreaterThan(0);
    const { ids } = await everyPage(org.users.agent, {});
    for (const { id } of escalated) expect(ids).toContain(id);
  });

  it("shapes a listed case: money as numbers, its policy, customer and assignee", async () => {
    const [item] = (await callerFor(org.users.admin).renewals.cases.list({ limit: 1, sort: "createdAt", order: "asc" })).items;
    const stored = await db.renewalCase.findUniqueOrThrow({ where: { id: item!.id }, include: { policy: true, contact: true, assignee: true } });
    expect(item).toEqual({
      id: stored.id,
      caseNumber: stored.caseNumber,
      status: stored.status,
      priority: stored.priority,
      renewalDate: stored.renewalDate,
      premium: Number(stored.premium),
      priorPremium: Number(stored.priorPremium),
      renewalPremium: stored.renewalPremium === null ? null : Number(stored.renewalPremium),
      riskScore: stored.riskScore,
      paymentStatus: stored.paymentStatus,
      contactAttempts: stored.contactAttempts,
      lastContactAt: stored.lastContactAt,
      escalatedAt: stored.escalatedAt,
      closedAt: stored.closedAt,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      policy: { id: stored.policy.id, policyNumber: stored.policy.policyNumber, type: stored.policy.type, carrier: stored.policy.carrier },
      contact: { id: stored.contact.id, name: stored.contact.name },
      assignee: stored.assignee ? { id: stored.assignee.id, name: stored.assignee.name } : null,
    });
  });

  it("finds a case by its policy's and customer's new number and name once renamed (the search column's triggers)", async () => {
    const suffix = uniqueSuffix();
    const contact = await db.contact.create({ data: { organizationId: org.organizationId, name: `Rena Before ${suffix}`, email: `${suffix}@client.test` } });
    const policy = await db.policy.create({
      data: { organizationId: org.organizationId, contactId: contact.id, policyNumber: `OLDNUM-4242-${suffix}`, type: "auto", carrier: "Beacon", premium: 1_000, startDate: today, endDate: today, renewalDate: today },
    });
    const created = await db.renewalCase.create({
      data: {
        organizationId: org.organizationId,
        caseNumber: `REN-RENAME-${suffix}`,
        policyId: policy.id,
        contactId: contact.id,
        priority: "low",
        priorityRank: 0,
        renewalDate: today,
        priorPremium: 1_000,
        priorStartDate: today,
        priorEndDate: today,
        priorCarrier: "Beacon",
        premium: 1_000,
      },
    });
    const found = async (search: string) => (await everyPage(org.users.admin, { search })).ids;

    expect(await found(`oldnum-4242-${suffix}`)).toEqual([created.id]);
    expect(await found(`RENA BEFORE ${suffix}`)).toEqual([created.id]);
    await db.policy.update({ where: { id: policy.id }, data: { policyNumber: `NEWNUM-4242-${suffix}` } });
    await db.contact.update({ where: { id: contact.id }, data: { name: `Rena After ${suffix}` } });
    expect(await found(`oldnum-4242-${suffix}`)).toEqual([]);
    expect(await found(`Rena Before ${suffix}`)).toEqual([]);
    expect(await found(`NewNum-4242-${suffix}`)).toEqual([created.id]);
    expect(await found(`rena after ${suffix}`)).toEqual([created.id]);

    // Moved to another customer's policy: found by those, no longer by the old ones.
    const other = await db.contact.create({ data: { organizationId: org.organizationId, name: `Otto Other ${suffix}`, email: `other-${suffix}@client.test` } });
    const otherPolicy = await db.policy.create({
      data: { organizationId: org.organizationId, contactId: other.id, policyNumber: `MOVED-4242-${suffix}`, type: "home", carrier: "Beacon", premium: 1_000, startDate: today, endDate: today, renewalDate: today },
    });
    await db.renewalCase.update({ where: { id: created.id }, data: { policyId: otherPolicy.id, contactId: other.id } });
    expect(await found(`moved-4242-${suffix}`)).toEqual([created.id]);
    expect(await found(`otto other ${suffix}`)).toEqual([created.id]);
    expect(await found(`newnum-4242-${suffix}`)).toEqual([]);
    for (const search of [`newnum-4242-${suffix}`, `Moved-4242-${suffix}`, "-4242-", `REN-RENAME-${suffix}`]) expect(await found(search)).toEqual(await reference(org.users.admin, { search }));
  });

  it("refuses a cursor that is not one", async () => {
    await expect(callerFor(org.users.admin).renewals.cases.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
