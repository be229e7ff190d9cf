import { db, Prisma, type Priority, type TaskStatus } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, UserActor } from "../../access/actor";
import { within } from "../../access/organization-scope";
import { ownedRecordScope } from "../../access/scopes/owned-record-scope";
import { policyScope } from "../../access/scopes/policy-scope";
import { taskScope } from "../../access/scopes/task-scope";
import { ticketScope } from "../../access/scopes/ticket-scope";
import { callerFor, uniqueSuffix, useTestOrganization } from "../../testing";
import { useAddedUser } from "../../testing/pipeline-fixtures";
import { keysetOrderBy, type KeysetSort, type SortDirection } from "../pagination";

// crm.opportunities.list, crm.tasks.list, crm.policies.list and crm.tickets.list are read in one SQL
// statement each (sql-list-page.ts). Prisma is the reference: for every sort in each direction the
// list takes, and each role's scope (the Prisma scopes in access/scopes), paging 7 at a time with
// cursors must give exactly the rows, in exactly the order, that Prisma's where and orderBy give —
// with ties on the sort value, nulls, a trashed contact and a trashed record.

const N = 30;
const DAY = 24 * 60 * 60 * 1000;

const org = useTestOrganization();
const teamAgent = useAddedUser(org, "agent", { sameTeam: true });
const southAgent = useAddedUser(org, "agent");

beforeAll(async () => {
  const people = [org.users.agent.userId, teamAgent.userId, southAgent.userId, org.users.manager.userId, null];
  const priorities: Priority[] = ["low", "medium", "high", "urgent"];
  const statuses: TaskStatus[] = ["open", "in_progress", "completed"];
  const base = Date.UTC(2026, 5, 1);
  for (let n = 0; n < N; n += 1) {
    const suffix = uniqueSuffix();
    const owner = people[n % people.length] ?? null;
    const contact = await db.contact.create({
      data: { organizationId: org.organizationId, name: `Customer ${n % 3 === 0 ? "Lovelace" : "Stone"} ${n}`, email: `${suffix}@client.test`, ownerId: owner, deletedAt: n === 7 ? new Date() : null },
    });
    // Two rows per sort value: ties the id decides; every fifth row without the nullable key.
    const tie = Math.floor(n / 2);
    await db.opportunity.create({
      data: {
        organizationId: org.organizationId,
        ownerId: owner,
        contactId: n % 6 === 5 ? null : contact.id,
        title: `Deal ${n % 4 === 0 ? "fleet" : "home"} ${n}`,
        value: new Prisma.Decimal(1_000 + (tie % 5) * 250),
        probability: 10 + (tie % 4) * 20,
        stage: n % 9 === 8 ? "closed_won" : "qualified",
        expectedCloseDate: n % 5 === 4 ? null : new Date(base + (tie % 6) * DAY),
        createdAt: new Date(base + Math.floor(n / 3) * 60_000),
        deletedAt: n === 11 ? new Date() : null,
      },
    });
    await db.task.create({
      data: {
        organizationId: org.organizationId,
        assigneeId: people[(n + 1) % people.length] ?? null,
        createdById: people[(n + 3) % people.length] ?? null,
        contactId: contact.id,
        title: `Task ${n % 4 === 0 ? "call" : "email"} ${n}`,
        dueAt: n % 5 === 4 ? null : new Date(base + (tie % 6) * DAY),
        priority: priorities[n % 4]!,
        status: statuses[n % 3]!,
        createdAt: new Date(base + Math.floor(n / 3) * 60_000),
      },
    });
    await db.policy.create({
      data: {
        organizationId: org.organizationId,
        contactId: contact.id,
        ownerId: owner,
        policyNumber: `PN-${String(n).padStart(3, "0")}-${suffix}`,
        type: n % 2 === 0 ? "auto" : "home",
        carrier: n % 4 === 0 ? "Beacon" : "Acme Mutual",
        premium: new Prisma.Decimal(900 + (tie % 4) * 50),
        startDate: new Date(base - 365 * DAY),
        endDate: new Date(base + 365 * DAY),
        renewalDate: n % 5 === 4 ? null : new Date(base + (tie % 6) * DAY),
        createdAt: new Date(base + Math.floor(n / 3) * 60_000),
        deletedAt: n === 13 ? new Date() : null,
      },
    });
    if (n < 20) {
      await db.ticket.create({
        data: {
          organizationId: org.organizationId,
          number: 100 + n,
          contactId: n % 4 === 3 ? null : contact.id,
          assigneeId: people[(n + 2) % people.length] ?? null,
          createdById: people[(n + 4) % people.length] ?? null,
          subject: `Question ${n % 3 === 0 ? "refund" : "billing"} ${n}`,
          status: n % 2 === 0 ? "open" : "pending",
          updatedAt: new Date(base + Math.floor(n / 2) * 60_000),
          deletedAt: n === 17 ? new Date() : null,
        },
      });
    }
  }
  // A contact trashed after its policy was written, and one trashed and restored: the policies list
  // reads the contact's trash state from the policy row (policies.contact_deleted_at, kept by triggers).
  const { organizationId } = org;
  await db.contact.updateMany({ where: { organizationId, name: { in: ["Customer Stone 8", "Customer Stone 10"] } }, data: { deletedAt: new Date() } });
  await db.contact.updateMany({ where: { organizationId, name: "Customer Stone 10" }, data: { deletedAt: null } });
});

type List = "opportunities" | "tasks" | "policies" | "tickets";

// The lists' sort keys as the services define them (field, direction, nulls last).
const sorts: Record<List, Record<string, KeysetSort>> = {
  opportunities: {
    createdAt: { field: "createdAt", kind: "date", direction: "desc" },
    value: { field: "value", kind: "decimal", direction: "desc" },
    probability: { field: "probability", kind: "number", direction: "desc" },
    expectedCloseDate: { field: "expectedCloseDate", kind: "date", direction: "asc", nullable: true },
  },
  tasks: {
    dueAt: { field: "dueAt", kind: "date", direction: "asc", nullable: true },
    createdAt: { field: "createdAt", kind: "date", direction: "desc" },
  },
  policies: {
    renewalDate: { field: "renewalDate", kind: "date", direction: "asc", nullable: true },
    premium: { field: "premium", kind: "decimal", direction: "desc" },
    policyNumber: { field: "policyNumber", kind: "string", direction: "asc" },
    createdAt: { field: "createdAt", kind: "date", direction: "desc" },
  },
  tickets: {
    number: { field: "number", kind: "number", direction: "desc" },
    updatedAt: { field: "updatedAt", kind: "date", direction: "desc" },
  },
};
const ordered: Record<List, boolean> = { opportunities: true, tasks: false, policies: true, tickets: false };

/** The reference: the ids Prisma finds within the actor's scope, extra conditions, in the keyset's order. */
async function reference(list: List, actor: Actor, sort: string, order: SortDirection | undefined, where: object = {}): Promise<string[]> {
  const key = sorts[list][sort]!;
  const args = { orderBy: keysetOrderBy({ ...key, direction: order ?? key.direction }) as never, select: { id: true } } as const;
  const rows =
    list === "opportunities"
      ? await db.opportunity.findMany({ ...args, where: within(ownedRecordScope(actor), where as Prisma.OpportunityWhereInput) })
      : list === "tasks"
        ? await db.task.findMany({ ...args, where: within(taskScope(actor), where as Prisma.TaskWhereInput) })
        : list === "policies"
          ? await db.policy.findMany({ ...args, where: within(policyScope(actor), where as Prisma.PolicyWhereInput) })
          : await db.ticket.findMany({ ...args, where: within(ticketScope(actor), where as Prisma.TicketWhereInput) });
  return rows.map((row) => row.id);
}

/** Every page of the list, 7 at a time, through the procedure; the first page's total. */
async function everyPage(list: List, actor: UserActor, input: Record<string, unknown>) {
  const read = callerFor(actor).crm[list].list as (input: Record<string, unknown>) => Promise<{ items: { id: string }[]; nextCursor: string | null; total: number | null }>;
  const ids: string[] = [];
  let cursor: string | null = null;
  let total: number | null = null;
  do {
    const page = await read({ ...input, limit: 7, ...(cursor ? { cursor } : {}) });
    if (!cursor) total = page.total;
    else expect(page.total).toBeNull();
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return { ids, total };
}

const roles: [string, () => UserActor][] = [
  ["admin", () => org.users.admin],
  ["agent", () => org.users.agent],
  ["team agent", () => teamAgent],
  ["manager", () => org.users.manager],
  ["agent of another team", () => southAgent],
];

describe("the opportunities, tasks, policies and tickets lists read in SQL page exactly as Prisma finds and orders", () => {
  for (const list of Object.keys(sorts) as List[]) {
    for (const sort of Object.keys(sorts[list])) {
      const orders: (SortDirection | undefined)[] = ordered[list] ? ["asc", "desc"] : [undefined];
      for (const order of orders) {
        it(`${list} by ${sort}${order ? ` ${order}` : ""}, every role`, async () => {
          for (const [, actor] of roles) {
            const expected = await reference(list, actor(), sort, order);
            const { ids, total } = await everyPage(list, actor(), { sort, ...(order ? { order } : {}) });
            expect(ids).toEqual(expected);
            expect(total).toBe(expected.length);
          }
        });
      }
    }
  }

  const contains = (term: string) => ({ contains: term, mode: "insensitive" }) as const;
  const filtered: [string, List, Record<string, unknown>, () => object][] = [
    ["opportunities searched by title or customer", "opportunities", { search: "lovelace" }, () => ({ OR: [{ title: contains("lovelace") }, { contact: { is: { name: contains("lovelace") } } }] })],
    ["opportunities of an owner, by value", "opportunities", { ownerId: "agent", sort: "value" }, () => ({ ownerId: org.users.agent.userId })],
    ["tasks searched, by creation", "tasks", { search: "CALL", sort: "createdAt" }, () => ({ title: contains("call") })],
    ["active tasks", "tasks", { status: "active" }, () => ({ status: { in: ["open", "in_progress"] } })],
    ["tasks without a due date", "tasks", { due: "none" }, () => ({ dueAt: null })],
    ["policies of a carrier, by premium", "policies", { carrier: "beac", sort: "premium" }, () => ({ carrier: contains("beac") })],
    ["policies searched by customer", "policies", { search: "lovelace" }, () => ({ OR: [{ policyNumber: contains("lovelace") }, { carrier: contains("lovelace") }, { contact: { is: { name: contains("lovelace") } } }] })],
    ["policies of an owner", "policies", { ownerId: "agent" }, () => ({ contact: { is: { ownerId: org.users.agent.userId } } })],
    ["tickets searched by subject", "tickets", { search: "refund" }, () => ({ subject: contains("refund") })],
    ["tickets by number", "tickets", { search: "TCK-104" }, () => ({ number: 104 })],
    ["unassigned tickets", "tickets", { assigneeId: null }, () => ({ assigneeId: null })],
  ];
  for (const [name, list, input, where] of filtered) {
    it(`filters: ${name}, every role`, async () => {
      const resolved = { ...input, ...(input.ownerId === "agent" ? { ownerId: org.users.agent.userId } : {}) };
      const sort = (input.sort as string | undefined) ?? Object.keys(sorts[list])[0]!;
      for (const [, actor] of roles) {
        const expected = await reference(list, actor(), sort, undefined, where());
        const { ids, total } = await everyPage(list, actor(), resolved);
        expect(ids).toEqual(expected);
        expect(total).toBe(expected.length);
      }
      expect((await reference(list, org.users.admin, sort, undefined, where())).length).toBeGreaterThan(0);
    });
  }
});
