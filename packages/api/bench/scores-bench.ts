// The scores benchmark (issue 10, explainable scores). Seeds 100k contacts with activities,
// tickets, policies, leads and opportunities into a scratch database, then recomputes every score
// of the organization with recomputeOrganizationScores, twice: the first run inserts the stored
// scores, the second updates them (the nightly steady state). Reports seconds, rows/s and the
// process's RSS before, after and at its peak (sampled every 50 ms) for each kind.
//
//   node --import tsx packages/api/bench/scores-bench.ts [--reuse] [--batch 1000] [--kinds contacts,policies,leads,opportunities]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_scores_bench (dropped and recreated unless --reuse).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { seedVolume } from "./seed-volume";
import { recreateDatabase, scratchDatabase, sql } from "./sql";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    batch: { type: "string", default: "1000" },
    kinds: { type: "string", default: "contacts,policies,leads,opportunities" },
  },
});

const { serverUrl, databaseName, databaseUrl } = scratchDatabase("harbor_scores_bench");
const VOLUME = { contacts: 100_000, leads: 20_000, activities: 1_000_000, policies: 150_000, tickets: 30_000, opportunities: 20_000 };

process.env.DATABASE_URL = databaseUrl;


/**
 * Policies, tickets and opportunities for the seeded contacts, and sentiment on a third of the
 * activities; each step only when its rows are missing, so an interrupted seed resumes.
 */
async function seedScoreInputs(organizationId: string, ownerIds: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const missing = async (table: string, where = "true") =>
    (await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE organization_id = $1::uuid AND ${where}) AS found`, [organizationId])).rows[0]?.found !== true;
  try {
    await client.query("SELECT setseed(0.17)");
    if (await missing("activities", "sentiment IS NOT NULL")) await client.query(
      `UPDATE activities SET sentiment = (CASE WHEN random() < 0.7 THEN 'positive' ELSE 'negative' END)::"Sentiment"
       WHERE organization_id = $1::uuid AND contact_id IS NOT NULL AND random() < 1.0 / 3`,
      [organizationId],
    );
    if (await missing("policies")) await client.query(
      `WITH contact_ids AS (SELECT array_agg(id ORDER BY id) AS ids FROM contacts WHERE organization_id = $1::uuid)
       INSERT INTO policies (organization_id, contact_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date, status, updated_at)
       SELECT $1::uuid, ids[1 + (i % array_length(ids, 1))], 'BENCH-' || i,
              (ARRAY['auto','home','life','umbrella','renters'])[1 + floor(random() * 5)::int]::"PolicyType", 'Mutual',
              300 + floor(random() * 3000), current_date - s.days, current_date - s.days + 365, current_date - s.days + 365,
              (CASE WHEN random() < 0.85 THEN 'active' WHEN random() < 0.5 THEN 'lapsed' ELSE 'cancelled' END)::"PolicyStatus", now()
       FROM contact_ids, generate_series(1, $2) AS i, LATERAL (SELECT floor(random() * 2000)::int AS days) s`,
      [organizationId, VOLUME.policies],
    );
    if (await missing("tickets")) await client.query(
      `WITH contact_ids AS (SELECT array_agg(id) AS ids FROM contacts WHERE organization_id = $1::uuid)
       INSERT INTO tickets (organization_id, number, contact_id, subject, status, created_at, updated_at)
       SELECT $1::uuid, i, ids[1 + floor(random() * array_length(ids, 1))::int], 'Question',
              (ARRAY['open','pending','resolved','closed'])[1 + floor(random() * 4)::int]::"TicketStatus",
              now() - random() * interval '60 days', now()
       FROM contact_ids, generate_series(1, $2) AS i`,
      [organizationId, VOLUME.tickets],
    );
    if (await missing("opportunities")) await client.query(
      `WITH contact_ids AS (SELECT array_agg(id) AS ids FROM contacts WHERE organization_id = $1::uuid)
       INSERT INTO opportunities (organization_id, owner_id, contact_id, title, value, stage, positive_signals, risk_factors, competitor, updated_at)
       SELECT $1::uuid, ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int], ids[1 + floor(random() * array_length(ids, 1))::int],
              'Deal ' || i, floor(random() * 20000),
              (ARRAY['prospect','qualified','quoted','negotiation','closed_won','closed_lost'])[1 + floor(random() * 6)::int]::"OpportunityStage",
              CASE floor(random() * 3)::int WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY['budget approved'] ELSE ARRAY['budget approved', 'champion'] END,
              CASE floor(random() * 3)::int WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY['timing'] ELSE ARRAY['timing', 'price'] END,
              CASE WHEN random() < 0.2 THEN 'Acme Mutual' END, now()
       FROM contact_ids, generate_series(1, $3) AS i`,
      [organizationId, ownerIds, VOLUME.opportunities],
    );
    if (await missing("activities", "opportunity_id IS NOT NULL")) await client.query(
      `WITH opportunity_ids AS (SELECT array_agg(id) AS ids FROM opportunities WHERE organization_id = $1::uuid)
       INSERT INTO activities (organization_id, opportunity_id, type, title, occurred_at)
       SELECT $1::uuid, ids[1 + floor(random() * array_length(ids, 1))::int], 'call', 'Call', now() - random() * interval '30 days'
       FROM opportunity_ids, generate_series(1, $2) AS i`,
      [organizationId, VOLUME.opportunities * 3],
    );
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<string> {
  const { migrateDeploy } = await import("@harbor/db/migrate");
  const { db } = await import("@harbor/db");
  if (!args.reuse) {
    await recreateDatabase({ serverUrl, databaseName });
  }
  await migrateDeploy({ databaseUrl });
  const existing = await db.organization.findUnique({ where: { slug: "scores-bench" } });
  if (existing) {
    const ownerIds = (await db.user.findMany({ where: { organizationId: existing.id }, select: { id: true } })).map((user) => user.id);
    await seedScoreInputs(existing.id, ownerIds);
    return existing.id;
  }
  const { hashPassword } = await import("@harbor/db/password");
  const organization = await db.organization.create({ data: { name: "Scores Bench", slug: "scores-bench" } });
  const passwordHash = await hashPassword("bench-password");
  await db.user.createMany({
    data: [1, 2, 3, 4, 5, 6].map((n) => ({ organizationId: organization.id, email: `agent${n}@scores-bench.local`, name: `Agent ${n}`, role: "agent" as const, passwordHash })),
  });
  const ownerIds = (await db.user.findMany({ where: { organizationId: organization.id }, select: { id: true } })).map((user) => user.id);
  console.info("seeding…");
  const started = performance.now();
  await seedVolume({ databaseUrl, organizationId: organization.id, ownerIds, contacts: VOLUME.contacts, leads: VOLUME.leads, activities: VOLUME.activities });
  await seedScoreInputs(organization.id, ownerIds);
  console.info(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return organization.id;
}

const mb = (bytes: number) => Math.round(bytes / 1_048_576);

async function main() {
  const organizationId = await prepareDatabase();
  const { db } = await import("@harbor/db");
  const { systemActor } = await import("../src/access/actor");
  const { recomputeOrganizationScores, scoreKinds } = await import("../src/services/scores");
  const counts = await sql(
    databaseUrl,
    `SELECT (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FROM activities)::int AS activities,
            (SELECT count(*) FROM tickets)::int AS tickets, (SELECT count(*) FROM policies)::int AS policies,
            (SELECT count(*) FROM leads)::int AS leads, (SELECT count(*) FROM opportunities)::int AS opportunities`,
  );
  console.info(`data: ${JSON.stringify(counts.rows[0])}; batch ${args.batch}`);
  const actor = systemActor(organizationId, "scores benchmark");
  const scoredAt = new Date();
  const nextDay = new Date(scoredAt.getTime() + 86_400_000);
  // The first run must insert: scores left by an earlier run (--reuse) are removed.
  await sql(databaseUrl, "DELETE FROM scores WHERE organization_id = $1::uuid", [organizationId]);
  // VACUUM only: statistics taken of the empty table (ANALYZE here), with autoanalyze starved on a
  // loaded machine, made the planner scan every stored score per contact (77 s a batch, seen once).
  await sql(databaseUrl, "VACUUM scores");
  const rows: string[] = ["| run | kind | rows | seconds | rows/s | RSS before → after (peak) MB | load avg (1 min) |", "| --- | --- | --- | --- | --- | --- | --- |"];
  const load = () => loadavg()[0]!.toFixed(1);
  for (const run of ["first scoring (inserts)", "rescoring (updates)", "rescoring, nothing changed"]) {
    for (const kind of scoreKinds.filter((item) => args.kinds.split(",").includes(item))) {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const before = process.memoryUsage().rss;
      const started = performance.now();
      const loadBefore = load();
      let crossedCount = 0;
      const result = await recomputeOrganizationScores({
        actor,
        kinds: [kind],
        batchSize: Number(args.batch),
        // The rescorings run a day later, so recency factors move as in a nightly run; the second one
        // repeats the first, so nothing changes and nothing is written.
        now: run === "first scoring (inserts)" ? scoredAt : nextDay,
        onCrossedIntoAtRisk: (ids) => void (crossedCount += ids.length),
      });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const after = process.memoryUsage().rss;
      peak = Math.max(peak, after);
      const count = result[kind];
      const crossed = kind === "contacts" ? ` (${crossedCount} crossed into at risk)` : "";
      rows.push(
        `| ${run} | ${kind}${crossed} | ${count.toLocaleString("en-US")} | ${seconds.toFixed(1)} | ${Math.round(count / seconds).toLocaleString("en-US")} | ${mb(before)} → ${mb(after)} (${mb(peak)}) | ${loadBefore} → ${load()} |`,
      );
      console.info(rows.at(-1));
    }
  }
  if (args.kinds.split(",").includes("contacts")) {
    // The floor: the same keyset walk and gather statement for every batch, without computing or writing.
    const { inBatchTransaction, nextIds } = await import("../src/services/scores/score-inputs");
    const { gatherContactInputs } = await import("../src/services/scores/contact-scores");
    const loadBefore = load();
    const started = performance.now();
    let count = 0;
    for (let after: string | null = null; ; ) {
      const ids = await nextIds("contacts", organizationId, after, Number(args.batch));
      if (ids.length === 0) break;
      count += (await inBatchTransaction((tx) => gatherContactInputs(tx, organizationId, ids, nextDay))).length;
      after = ids.at(-1)!;
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push(`| read floor (walk + gather only) | contacts | ${count.toLocaleString("en-US")} | ${seconds.toFixed(1)} | ${Math.round(count / seconds).toLocaleString("en-US")} | | ${loadBefore} → ${load()} |`);
  }
  console.info(`\n${rows.join("\n")}`);
  await db.$disconnect();
}

await main();
