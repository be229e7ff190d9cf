import { ensureTemplateDatabase } from "./test-database";

/** Vitest globalSetup: migrate the template once before any test file clones it. */
export default async function setup(): Promise<void> {
  await ensureTemplateDatabase();
}
