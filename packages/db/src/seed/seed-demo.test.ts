import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../client";
import { hashPassword, verifyPassword } from "../password";
import { createTestDatabase, type TestDatabase } from "../testing";
import { findDemoCredentials } from "./demo-credentials";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./seed-demo";

// The demo password is published, so the seed may only ever write it into an empty database and
// must never bring a changed demo login back.

const databases: TestDatabase[] = [];
const clients: Database[] = [];

async function freshDatabase(): Promise<Database> {
  const database = await createTestDatabase();
  databases.push(database);
  const client = createDatabase({ databaseUrl: database.url, maxConnections: 2 });
  clients.push(client);
  return client;
}

afterAll(async () => {
  for (const client of clients) await client.$disconnect();
  for (const database of databases) await database.drop();
});

describe("the demo seed", () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
  });

  it("creates the demo agency in an empty database, whose logins the credentials check finds", async () => {
    const result = await seedDemo(db);
    expect(result.created).toBe(true);
    expect(await findDemoCredentials(db)).toEqual(DEMO_USERS.map((user) => user.email).sort());
  });

  it("never resets a demo user's password, role or status on a later run", async () => {
    const admin = DEMO_USERS[0].email;
    await db.user.updateMany({ where: { email: admin }, data: { passwordHash: await hashPassword("a-better-password"), role: "viewer", status: "deactivated" } });

    const again = await seedDemo(db);

    expect(again).toEqual({ created: false, counts: {} });
    const user = await db.user.findFirstOrThrow({ where: { email: admin } });
    expect({ role: user.role, status: user.status }).toEqual({ role: "viewer", status: "deactivated" });
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(false);
    expect(await findDemoCredentials(db)).not.toContain(admin);
  });

  it("writes nothing into a database that already has an organization", async () => {
    const other = await freshDatabase();
    await other.organization.create({ data: { name: "Real Agency", slug: `real-${Date.now()}` } });
    expect(await seedDemo(other)).toEqual({ created: false, counts: {} });
    expect(await other.user.count()).toBe(0);
    expect(await findDemoCredentials(other)).toEqual([]);
  });
});
