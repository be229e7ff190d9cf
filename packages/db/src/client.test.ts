import { describe, expect, it, vi } from "vitest";
import { Prisma } from "./generated/prisma/client";
import { testServerUrl } from "./testing";

describe("sqlReaderOf", () => {
  it("finds the reader of a client made by another copy of this module (Next bundles instrumentation and routes apart)", async () => {
    const first = await import("./client");
    vi.resetModules();
    const second = await import("./client");
    expect(second).not.toBe(first);
    const database = first.createDatabase({ databaseUrl: testServerUrl(), maxConnections: 1 });
    try {
      const rows = await second.sqlReaderOf(database).rows<{ one: number }>(Prisma.sql`SELECT 1 AS one`);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await database.$disconnect();
    }
  });
});
