// The merge benchmark (issue 12): crm.contacts.merge of two contacts with 1,000 activities each
// (and policies, deals, tasks, tickets on the loser), through the procedure as an admin calls it
// (zod, permission, audit, one transaction, rescore after commit), in an agency of 20k contacts,
// 5k leads and 200k activities; then crm.trash.restore of the loser, which undoes the merge.
// Target: a merge ≤ 1 s.
//
//   node --import tsx packages/api/bench/merge-bench.ts [--reuse] [--runs 10]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_merge_bench (dropped and recreated unless --reuse).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { seedVolume } from "./seed-volume";
import { scratchDatabase, sql } from "./sql";

const { values: args } = parseArgs({ options: { reuse: { type: "boolean", default: false }, runs: { type: "string", default: "10" } } });

const { serverUrl, databaseName, databaseUrl } = scratchDatabase("harbor_merge_bench");
const VOLUME = { contacts: 20_000, leads: 5_000, activities: 200_000 };
const ACTIVITIES_EACH = 1_000;

process.env.DATABASE_URL = databaseUrl;

async function prepare() {
  if (!args.reuse) await sql(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await sql(serverUrl, `CREATE DATABASE ${databaseName}`).catch(() => undefined);
  const { migrateDeploy } = await import("@harbor/db/migrate");
  await migrateDeploy({ databaseUrl });
  const { db } = await import("@harbor/db");
  const existing = await db.organization.findUnique({ where: { slug: "merge-bench" }, select: { id: true } });
  if (existing) return existing.id;
  const organization = await db.organization.create({ data: { name: "Merge Bench", slug: "merge-bench" } });
  await db.user.createMany({
    data: ["admin", "agent"].map((role) => ({ organizationId: organization.id, email: `${role}@merge-bench.local`, name: role, role: role as "admin" | "agent", passwordHash: "x" })),
  });
  const owners = await db.user.findMany({ where: { organizationId: organization.id }, select: { id: true } });
  console.info("seeding volume data…");
  await seedVolume({ databaseUrl, organizationId: organization.id, ownerIds: owners.map((owner) => owner.id), ...VOLUME });
  return organization.id;
}

/** Two contacts with ACTIVITIES_EACH activities each; the loser also has 5 policies, 3 deals, 3 tasks and 2 tickets. */
async function seedPair(organizationId: string, ownerId: string, run: number) {
  const { rows } = await sql(
    databaseUrl,
    `INSERT INTO contacts (organization_id, owner_id, name, email, updated_at)
     VALUES ($1::uuid, $2::uuid, 'Pat Pair ' || $3, 'pair' || $3 || '@bench.local', now()), ($1::uuid, $2::uuid, 'Patricia Pair ' || $3, NULL, now())
     RETURNING id`,
    [organizationId, ownerId, `${Date.now()}-${run}`],
  );
  const [survivorId, loserId] = rows.map((row: { id: string }) => row.id) as [string, string];
  for (const contactId of [survivorId, loserId]) {
    await sql(
      databaseUrl,
      `INSERT INTO activities (organization_id, actor_id, contact_id, type, title, occurred_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, 'call', 'Call ' || i, now() - i * interval '1 hour' FROM generate_series(1, $4) AS i`,
      [organizationId, ownerId, contactId, ACTIVITIES_EACH],
    );
  }
  const tag = `${run}-${Date.now()}`;
  await sql(
    databaseUrl,
    `INSERT INTO policies (organization_id, contact_id, owner_id, policy_number, type, carrier, premium, start_date, end_date, updated_at)
     SELECT $1::uuid, $2::uuid, $3::uuid, 'MB-' || $4 || '-' || i, 'auto', 'Mutual', 900, current_date, current_date + 365, now() FROM generate_series(1, 5) AS i`,
    [organizationId, loserId, ownerId, tag],
  );
  await sql(databaseUrl, `INSERT INTO opportunities (organization_id, owner_id, contact_id, title, updated_at) SELECT $1::uuid, $2::uuid, $3::uuid, 'Deal ' || i, now() FROM generate_series(1, 3) AS i`, [organizationId, ownerId, loserId]);
  await sql(databaseUrl, `INSERT INTO tasks (organization_id, assignee_id, contact_id, title, updated_at) SELECT $1::uuid, $2::uuid, $3::uuid, 'Task ' || i, now() FROM generate_series(1, 3) AS i`, [organizationId, ownerId, loserId]);
  await sql(
    databaseUrl,
    `INSERT INTO tickets (organization_id, number, contact_id, subject, updated_at)
     SELECT $1::uuid, COALESCE((SELECT max(number) FROM tickets WHERE organization_id = $1::uuid), 0) + i, $2::uuid, 'Question', now() FROM generate_series(1, 2) AS i`,
    [organizationId, loserId],
  );
  return { survivorId, loserId };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

async function main() {
  const organizationId = await prepare();
  const { db } = await import("@harbor/db");
  const { loadUserActor } = await import("../src/services/auth/sessions");
  const { appRouter } = await import("../src/routers/root");
  const { createCallerFactory } = await import("../src/trpc");
  const admin = await db.user.findFirstOrThrow({ where: { organizationId, role: "admin" }, select: { id: true } });
  const agent = await db.user.findFirstOrThrow({ where: { organizationId, role: "agent" }, select: { id: true } });
  const caller = createCallerFactory(appRouter)({ actor: await loadUserActor(admin.id), credentialError: null, ip: "127.0.0.1" });

  const merges: number[] = [];
  const undos: number[] = [];
  const runs = Number(args.runs);
  for (let run = 0; run <= runs; run++) {
    const { survivorId, loserId } = await seedPair(organizationId, agent.id, run);
    let started = performance.now();
    const merged = await caller.crm.contacts.merge({ survivorId, loserId, fields: { name: "loser" } });
    const mergeMs = performance.now() - started;
    if (merged.moved.activities !== ACTIVITIES_EACH || merged.moved.policies !== 5) throw new Error(`moved ${JSON.stringify(merged.moved)}`);
    started = performance.now();
    await caller.crm.trash.restore({ entityType: "contact", id: loserId });
    const undoMs = performance.now() - started;
    // The first run warms the connection pool and the prepared plans; it is not counted.
    if (run > 0) {
      merges.push(mergeMs);
      undos.push(undoMs);
    }
  }
  const figures = (values: number[]) => `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
  console.info(`merge of two contacts with ${ACTIVITIES_EACH} activities each (${runs} runs): ${figures(merges)}`);
  console.info(`undo by restoring the loser (${runs} runs): ${figures(undos)}`);
  console.info(`load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
