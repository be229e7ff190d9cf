// The benchmark agency in harbor_bench, shared by crm-bench and served-bench: 100k contacts,
// 100k leads and 1M activities in one organization (7 users, 2 teams), seeded once and reused.
import { seedVolume } from "./seed-volume";
import { recreateDatabase, scratchDatabase, sql } from "./sql";

export const VOLUME = { contacts: 100_000, leads: 100_000, activities: 1_000_000 };
export const BENCH_DATABASE = "harbor_bench";

/** BENCH_SERVER_URL (default the local server) with harbor_bench as its database. */
export const benchDatabaseUrls = () => scratchDatabase(BENCH_DATABASE);

/** Migrates harbor_bench (recreated unless `reuse`) and seeds the agency when it is missing. */
export async function prepareBenchDatabase({ reuse }: { reuse: boolean }): Promise<string> {
  const { serverUrl, databaseName, databaseUrl } = benchDatabaseUrls();
  const { migrateDeploy } = await import("@harbor/db/migrate");
  const { db } = await import("@harbor/db");
  const { hashPassword } = await import("@harbor/db/password");
  if (!reuse) {
    await recreateDatabase({ serverUrl, databaseName });
  } else {
    await sql(serverUrl, `CREATE DATABASE ${databaseName}`).catch(() => undefined);
  }
  await migrateDeploy({ databaseUrl });
  const existing = await db.organization.findUnique({ where: { slug: "bench-agency" } });
  if (existing) return existing.id;

  const organization = await db.organization.create({ data: { name: "Bench Agency", slug: "bench-agency" } });
  const passwordHash = await hashPassword("bench-password");
  const north = await db.team.create({ data: { organizationId: organization.id, name: "North" } });
  const south = await db.team.create({ data: { organizationId: organization.id, name: "South" } });
  const people = [
    { email: "admin@bench.local", role: "admin" as const, teamId: null },
    { email: "manager@bench.local", role: "manager" as const, teamId: north.id },
    ...[1, 2, 3, 4, 5].map((n) => ({ email: `agent${n}@bench.local`, role: "agent" as const, teamId: n <= 3 ? north.id : south.id })),
  ];
  await db.user.createMany({
    data: people.map((person) => ({ ...person, organizationId: organization.id, name: person.email.split("@")[0]!, passwordHash })),
  });
  const owners = await db.user.findMany({ where: { organizationId: organization.id, role: { in: ["agent", "manager"] } }, select: { id: true } });
  console.info("seeding volume data…");
  const timings = await seedVolume({ databaseUrl, organizationId: organization.id, ownerIds: owners.map((owner) => owner.id), ...VOLUME });
  console.info(`seeded in ${JSON.stringify(timings)} ms`);
  return organization.id;
}

/** A new API key for a bench user (admin@bench.local, agent1@bench.local, …). */
export async function apiKeyFor(email: string): Promise<string> {
  const { db } = await import("@harbor/db");
  const { createApiKey } = await import("../src/services/auth/api-keys");
  const { loadUserActor } = await import("../src/services/auth/sessions");
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor = await loadUserActor(user.id);
  return (await createApiKey({ actor: actor!, name: "bench" })).key;
}
