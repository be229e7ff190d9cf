// Vitest setup file: runs in each test file's process before the file is imported, gives the
// file a database of its own and points DATABASE_URL (and so the `db` singleton) at it.
import { afterAll } from "vitest";
import { createTestDatabase, testServerUrl } from "./test-database";

const database = await createTestDatabase(testServerUrl());
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const globalForDb = globalThis as unknown as { harborDb?: { $disconnect(): Promise<void> } };
  await globalForDb.harborDb?.$disconnect();
  await database.drop();
});
