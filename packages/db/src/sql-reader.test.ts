import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, sqlReaderOf, type Database } from "./client";
import { Prisma } from "./generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./testing";

// readRows must read what Prisma reads: the same instants for timestamp and date columns whatever
// the session's time zone, numbers for counts, exact numerics; and Date parameters must compare
// with timestamp columns as Prisma's do.

let database: TestDatabase;
let prisma: Database;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createDatabase({ databaseUrl: database.url, maxConnections: 2 });
  organizationId = (await prisma.organization.create({ data: { name: "Reader Agency", slug: `reader-${Date.now()}` } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("readRows", () => {
  it("reads timestamps, dates, numerics, arrays and counts as Prisma does, in any session time zone", async () => {
    const createdAt = new Date("2026-03-29T01:30:00.120Z"); // inside a DST change in Europe
    const contact = await prisma.contact.create({
      data: { organizationId, name: "Zoë Reader", createdAt, lastContactAt: new Date("2026-01-02T23:59:59.999Z"), dateOfBirth: new Date("1980-07-04T00:00:00Z"), tags: ["vip", "a,b"] },
    });
    const policy = await prisma.policy.create({
      data: { organizationId, contactId: contact.id, policyNumber: "R-1", type: "auto", carrier: "Acme", premium: "1234.56", startDate: new Date("2026-01-01T00:00:00Z"), endDate: new Date("2027-01-01T00:00:00Z") },
    });
    const viaPrisma = await prisma.contact.findUniqueOrThrow({ where: { id: contact.id } });
    await prisma.$executeRawUnsafe(`ALTER DATABASE "${database.name}" SET timezone TO 'Pacific/Auckland'`);
    const reader = createDatabase({ databaseUrl: database.url, maxConnections: 1 });
    try {
      const [row] = await sqlReaderOf(reader).rows<{ createdAt: Date; lastContactAt: Date; dateOfBirth: Date; tags: string[]; premium: string; policies: number; zone: string }>(Prisma.sql`
        SELECT c.created_at AS "createdAt", c.last_contact_at AS "lastContactAt", c.date_of_birth AS "dateOfBirth", c.tags,
          p.premium, (SELECT count(*) FROM policies WHERE contact_id = c.id) AS policies, current_setting('timezone') AS zone
        FROM contacts c JOIN policies p ON p.contact_id = c.id WHERE c.id = ${contact.id}::uuid`);
      expect(row!.zone).toBe("Pacific/Auckland");
      expect(row!.createdAt).toEqual(viaPrisma.createdAt);
      expect(row!.lastContactAt).toEqual(viaPrisma.lastContactAt);
      expect(row!.dateOfBirth).toEqual(viaPrisma.dateOfBirth);
      expect(row!.tags).toEqual(["vip", "a,b"]);
      expect(row!.premium).toBe(policy.premium.toFixed(2));
      expect(row!.policies).toBe(1);
    } finally {
      await reader.$disconnect();
      await prisma.$executeRawUnsafe(`ALTER DATABASE "${database.name}" RESET timezone`);
    }
  });

  it("compares Date parameters with timestamp columns at the same instant, prepared or not", async () => {
    const at = new Date("2026-05-05T12:00:00.000Z");
    const contact = await prisma.contact.create({ data: { organizationId, name: "Exact Time", createdAt: at } });
    const reader = sqlReaderOf(prisma);
    for (const prepare of [true, false, true]) {
      const rows = await reader.rows<{ id: string }>(Prisma.sql`SELECT id FROM contacts WHERE created_at = ${at} AND organization_id = ${organizationId}::uuid`, { prepare });
      expect(rows.map((row) => row.id)).toEqual([contact.id]);
    }
    const viaPrisma = await prisma.contact.findMany({ where: { organizationId, createdAt: at }, select: { id: true } });
    expect(viaPrisma.map((row) => row.id)).toEqual([contact.id]);
  });

  it("passes values as parameters, never as SQL", async () => {
    const hostile = "x'; DROP TABLE contacts; --";
    const rows = await sqlReaderOf(prisma).rows<{ echoed: string }>(Prisma.sql`SELECT ${hostile}::text AS echoed`);
    expect(rows).toEqual([{ echoed: hostile }]);
    expect(await prisma.contact.count({ where: { organizationId } })).toBeGreaterThan(0);
  });

  it("shares Prisma's pool, and reads again after $disconnect on a new one that Prisma shares too", async () => {
    // One connection: whoever reads, it is the same backend while the pool lives.
    const client = createDatabase({ databaseUrl: database.url, maxConnections: 1 });
    try {
      const viaReader = async () => (await sqlReaderOf(client).rows<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`))[0]!.pid;
      const viaPrisma = async () => (await client.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
      const first = await viaPrisma();
      expect(await viaReader()).toBe(first);
      await client.$disconnect();
      const second = await viaReader();
      expect(second).not.toBe(first);
      expect(await viaPrisma()).toBe(second);
    } finally {
      await client.$disconnect();
    }
  });

  it("refuses a client it did not make", () => {
    expect(() => sqlReaderOf({} as Database)).toThrow(/not made by createDatabase/);
  });
});
