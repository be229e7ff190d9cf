import { createDatabase, type Database } from "@harbor/db";
import { hashPassword } from "@harbor/db/password";
import { DEMO_PASSWORD } from "@harbor/db/seed";
import { createTestDatabase, type TestDatabase } from "@harbor/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCredentialProblems, isProduction, productionConfigProblems } from "./production-checks";

const strongSecret = "Zq3v9XwL0pT7rB2mK8nD5yH1cF6gJ4sA";

describe("isProduction", () => {
  it("is HARBOR_ENV when set, else NODE_ENV, so a bare next start is checked", () => {
    expect(isProduction({ NODE_ENV: "production", HARBOR_ENV: undefined })).toBe(true);
    expect(isProduction({ NODE_ENV: "production", HARBOR_ENV: "development" })).toBe(false);
    expect(isProduction({ NODE_ENV: "development", HARBOR_ENV: "production" })).toBe(true);
    expect(isProduction({ NODE_ENV: "development", HARBOR_ENV: undefined })).toBe(false);
  });
});

describe("productionConfigProblems", () => {
  it("accepts a random secret and an https or localhost AUTH_URL", () => {
    expect(productionConfigProblems({ AUTH_SECRET: strongSecret, AUTH_URL: "https://harbor.example.com" })).toEqual([]);
    expect(productionConfigProblems({ AUTH_SECRET: strongSecret, AUTH_URL: "http://localhost:3000" })).toEqual([]);
    expect(productionConfigProblems({ AUTH_SECRET: strongSecret, AUTH_URL: undefined })).toEqual([]);
  });

  it("refuses the published test secret and a placeholder", () => {
    expect(productionConfigProblems({ AUTH_SECRET: "test-build-secret-that-is-long-enough-0123", AUTH_URL: undefined })).toEqual([expect.stringContaining("AUTH_SECRET")]);
    expect(productionConfigProblems({ AUTH_SECRET: "x".repeat(40), AUTH_URL: undefined })).toEqual([expect.stringContaining("AUTH_SECRET")]);
  });

  it("refuses an AUTH_URL over plain http on a public host", () => {
    expect(productionConfigProblems({ AUTH_SECRET: strongSecret, AUTH_URL: "http://harbor.example.com" })).toEqual([
      expect.stringContaining("AUTH_URL=http://harbor.example.com is plain http"),
    ]);
  });
});

describe("demoCredentialProblems", () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDatabase({ databaseUrl: database.url, maxConnections: 2 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("names a demo login that still opens with the published password, and passes once it is changed", { timeout: 30_000 }, async () => {
    expect(await demoCredentialProblems(db)).toEqual([]);
    const organization = await db.organization.create({ data: { name: "Live Agency", slug: `live-${Date.now()}` } });
    const user = await db.user.create({
      data: { organizationId: organization.id, email: "admin@harbor.local", name: "Alex Admin", role: "admin", passwordHash: await hashPassword(DEMO_PASSWORD) },
    });

    const problems = await demoCredentialProblems(db);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/demo logins still have the published password "harbor-demo" \(admin@harbor\.local\)/);

    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("a-private-password-1") } });
    expect(await demoCredentialProblems(db)).toEqual([]);
  });
});
