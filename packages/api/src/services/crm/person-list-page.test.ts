import { db, Prisma } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, useTestOrganization } from "../../testing";
import { SEARCH_TOTAL_CAP } from "../pagination";
import { leadSorts } from "./leads/list-leads";
import { RECENT_WINDOW } from "./person-search";

// The SQL lists (person-list-page.ts) against Prisma as the reference: every sort, both directions,
// with and without a search term, paged with cursors, must give exactly the rows, in exactly the
// order, that Prisma's orderBy gives — with ties on the sort value, nulls, and a term common enough
// to be found among the newest rows as well as a rare one found through the trigram index.

const PEOPLE = 130;
const COMMON = "garcia"; // on 70 leads: more than a searched first page looks for
const RARE = "zephyrine"; // on 3

const org = useTestOrganization();

beforeAll(async () => {
  const owners = [org.users.agent.userId, org.users.manager.userId, null];
  const base = Date.parse("2026-06-01T00:00:00Z");
  await db.lead.createMany({
    data: Array.from({ length: PEOPLE }, (_, n) => ({
      organizationId: org.organizationId,
      kind: n % 5 === 0 ? ("recruit" as const) : ("client" as const),
      name: n < 70 ? `Ana Garcia ${n % 9}` : n < 73 ? `Zephyrine ${n}` : `Lee Other ${n % 11}`,
      email: `person${n}@example.org`,
      ownerId: owners[n % 3] ?? null,
      status: (["new", "contacted", "qualified"] as const)[n % 3]!,
      score: (n * 37) % 100,
      value: n % 4 === 0 ? null : new Prisma.Decimal(((n * 53) % 20) * 250),
      lastInteractionAt: n % 3 === 0 ? null : new Date(base - ((n * 17) % 40) * 3_600_000),
      // Ties on created_at, so the id decides.
      createdAt: new Date(base - Math.floor(n / 2) * 60_000),
    })),
  });
});

type Order = { [field: string]: "asc" | "desc" | { sort: "asc" | "desc"; nulls: "last" } };

async function everyPage(list: (cursor: string | undefined) => Promise<{ items: { id: string }[]; nextCursor: string | null }>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe("lists read in SQL page exactly as Prisma orders", () => {
  const nullable = new Set(["value", "lastInteractionAt"]);

  for (const sort of leadSorts) {
    for (const order of ["asc", "desc"] as const) {
      for (const search of [undefined, COMMON, RARE]) {
        it(`sorts by ${sort} ${order}${search ? `, searching "${search}"` : ""}`, async () => {
          const admin = callerFor(org.users.admin);
          const ids = await everyPage((cursor) => admin.crm.leads.list({ sort, order, limit: 9, ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) }));
          const expected = await db.lead.findMany({
            where: { organizationId: org.organizationId, ...(search ? { searchText: { contains: search } } : {}) },
            orderBy: [(nullable.has(sort) ? { [sort]: { sort: order, nulls: "last" } } : { [sort]: order }) as Order, { id: order }],
            select: { id: true },
          });
          expect(ids).toEqual(expected.map((lead) => lead.id));
        });
      }
    }
  }

  it("finds a common term among the newest rows and a rare one through the trigram index, with the same answers", async () => {
    const admin = callerFor(org.users.admin);
    // 70 matches: the first page (limit 9) looks for SEARCH_TOTAL_CAP + 1 and finds them among the
    // newest rows; 3 matches fall short there, and the trigram index finds them.
    expect(PEOPLE).toBeLessThan(RECENT_WINDOW);
    const common = await admin.crm.leads.list({ search: COMMON, limit: 9 });
    expect(common).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true });
    expect(common.items.every((lead) => lead.name.includes("Garcia"))).toBe(true);
    const rare = await admin.crm.leads.list({ search: RARE, limit: 9 });
    expect(rare).toMatchObject({ total: 3, totalCapped: false, nextCursor: null });
    // 70 and 71 were created at the same instant (their ids order them); 72 a minute earlier.
    expect(rare.items.map((lead) => lead.name).slice(0, 2).sort()).toEqual(["Zephyrine 70", "Zephyrine 71"]);
    expect(rare.items[2]!.name).toBe("Zephyrine 72");
  });

  it("keeps an agent to their own leads on every path, and carries the owner and money as the API shapes them", async () => {
    const agent = callerFor(org.users.agent);
    for (const search of [undefined, COMMON, RARE]) {
      const ids = await everyPage((cursor) => agent.crm.leads.list({ limit: 8, ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) }));
      const expected = await db.lead.findMany({
        where: { organizationId: org.organizationId, ownerId: org.users.agent.userId, ...(search ? { searchText: { contains: search } } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      expect(ids, search).toEqual(expected.map((lead) => lead.id));
    }
    const [first] = (await agent.crm.leads.list({ sort: "value", limit: 1 })).items;
    const stored = await db.lead.findUniqueOrThrow({ where: { id: first!.id }, include: { owner: true } });
    expect(first).toMatchObject({ value: Number(stored.value), owner: { id: stored.owner!.id, name: stored.owner!.name }, createdAt: stored.createdAt });
    expect(typeof first!.value).toBe("number");
  });
});
