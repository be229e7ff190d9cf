// The ⌘K search benchmark (issue 12): search.global's service, in process, over 100k contacts (a
// third with a customer code), 100k leads and 200k policies in one organization. Each scenario
// calls globalSearch with its terms in turn from `--concurrency` closed-loop clients for
// `--seconds`, after 1 s of warm-up, and reports exact percentiles and the load average. The HTTP
// path around it is measured by crm-bench.
//
//   node --import tsx packages/api/bench/search-bench.ts [--reuse] [--concurrency 4] [--seconds 10]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_search_bench (dropped and recreated unless --reuse).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { runLoad } from "./load";
import { seedVolume } from "./seed-volume";
import { recreateDatabase, scratchDatabase } from "./sql";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    concurrency: { type: "string", default: "4" },
    seconds: { type: "string", default: "10" },
  },
});

const { serverUrl, databaseName, databaseUrl } = scratchDatabase("harbor_search_bench");
const VOLUME = { contacts: 100_000, leads: 100_000, policies: 200_000 };

process.env.DATABASE_URL = databaseUrl;

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Customer codes on a third of the contacts, and two policies per contact with agency-style numbers. */
async function seedPoliciesAndCodes(organizationId: string) {
  await withClient(async (client) => {
    await client.query("SELECT setseed(0.23)");
    await client.query(
      `UPDATE contacts SET customer_code = 'C-' || lpad(numbered.n::text, 6, '0')
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contacts WHERE organization_id = $1::uuid) numbered
       WHERE contacts.id = numbered.id AND numbered.n % 3 = 0`,
      [organizationId],
    );
    await client.query(
      `WITH contact_ids AS (SELECT array_agg(id ORDER BY id) AS ids FROM contacts WHERE organization_id = $1::uuid)
       INSERT INTO policies (organization_id, contact_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date, status, updated_at)
       SELECT $1::uuid, ids[1 + (i % array_length(ids, 1))],
              (ARRAY['AU','HO','LF','UM','RN'])[1 + i % 5] || '-' || (2020 + i % 7) || '-' || lpad(i::text, 7, '0'),
              (ARRAY['auto','home','life','umbrella','renters'])[1 + i % 5]::"PolicyType",
              (ARRAY['Harbor Mutual','Keystone Casualty','Summit Life','Bayside Insurance'])[1 + floor(random() * 4)::int],
              300 + floor(random() * 3000), current_date - s.days, current_date - s.days + 365, current_date - s.days + 365,
              (CASE WHEN random() < 0.85 THEN 'active' ELSE 'lapsed' END)::"PolicyStatus", now()
       FROM contact_ids, generate_series(1, $2) AS i, LATERAL (SELECT floor(random() * 700)::int AS days) s`,
      [organizationId, VOLUME.policies],
    );
    await client.query("VACUUM ANALYZE");
  });
}

async function prepareDatabase(): Promise<string> {
  const { migrateDeploy } = await import("@harbor/db/migrate");
  const { db } = await import("@harbor/db");
  if (!args.reuse) {
    await recreateDatabase({ serverUrl, databaseName });
  }
  await migrateDeploy({ databaseUrl });
  const existing = await db.organization.findUnique({ where: { slug: "search-bench" } });
  if (existing) return existing.id;
  const { hashPassword } = await import("@harbor/db/password");
  const organization = await db.organization.create({ data: { name: "Search Bench", slug: "search-bench" } });
  const team = await db.team.create({ data: { organizationId: organization.id, name: "North" } });
  const passwordHash = await hashPassword("bench-password");
  await db.user.createMany({
    data: [
      { organizationId: organization.id, email: "admin@search-bench.local", name: "Admin", role: "admin" as const, passwordHash },
      { organizationId: organization.id, email: "manager@search-bench.local", name: "Manager", role: "manager" as const, teamId: team.id, passwordHash },
      ...[1, 2, 3, 4, 5, 6].map((n) => ({ organizationId: organization.id, email: `agent${n}@search-bench.local`, name: `Agent ${n}`, role: "agent" as const, teamId: n <= 3 ? team.id : null, passwordHash })),
    ],
  });
  const ownerIds = (await db.user.findMany({ where: { organizationId: organization.id, role: "agent" }, select: { id: true } })).map((user) => user.id);
  console.info("seeding…");
  const started = performance.now();
  await seedVolume({ databaseUrl, organizationId: organization.id, ownerIds, contacts: VOLUME.contacts, leads: VOLUME.leads, activities: 0 });
  await seedPoliciesAndCodes(organization.id);
  console.info(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return organization.id;
}

async function main() {
  const organizationId = await prepareDatabase();
  const { db } = await import("@harbor/db");
  const { globalSearch } = await import("../src/services/search");
  const counts = await withClient(
    async (client) =>
      (
        await client.query<Record<string, number>>(
          `SELECT (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FROM contacts WHERE customer_code IS NOT NULL)::int AS "customerCodes",
                  (SELECT count(*) FROM leads)::int AS leads, (SELECT count(*) FROM policies)::int AS policies`,
        )
      ).rows[0],
  );
  const users = await db.user.findMany({ where: { organizationId }, select: { id: true, role: true, teamId: true, email: true, name: true }, orderBy: { email: "asc" } });
  const actorOf = (email: string) => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`no user ${email}`);
    return { kind: "user" as const, userId: user.id, organizationId, role: user.role, teamId: user.teamId, email: user.email, name: user.name, via: "session" as const };
  };
  // Terms as people type them into ⌘K: names common and rare, a whole and a partial policy number,
  // a customer code, an email, a phone fragment. Policies and codes are picked from the data.
  const samples = await withClient(async (client) => {
    const policy = (await client.query<{ policy_number: string }>("SELECT policy_number FROM policies ORDER BY policy_number OFFSET 123457 LIMIT 1")).rows[0]!.policy_number;
    const code = (await client.query<{ customer_code: string }>("SELECT customer_code FROM contacts WHERE customer_code IS NOT NULL ORDER BY customer_code OFFSET 20011 LIMIT 1")).rows[0]!.customer_code;
    return { policy, code };
  });
  const terms = ["garcia", "Priya Okafor", samples.policy, samples.policy.slice(-6), samples.code, "contact4711@example.com", "555000", "zzqx", "ho-2023"];
  const concurrency = Number(args.concurrency);
  const durationMs = Number(args.seconds) * 1000;
  const load = () => loadavg()[0]!.toFixed(1);
  const rows = ["| caller | terms | calls | calls/s | p50 ms | p95 ms | p99 ms | max ms | load avg (1 min) |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"];
  const scenarios = [
    { name: "admin (organization)", actor: actorOf("admin@search-bench.local"), terms },
    { name: "manager (team of 3)", actor: actorOf("manager@search-bench.local"), terms },
    { name: "agent (own book)", actor: actorOf("agent1@search-bench.local"), terms },
    { name: "admin, policy numbers only", actor: actorOf("admin@search-bench.local"), terms: [samples.policy, samples.policy.slice(-6), "ho-2023", "AU-2020-00"] },
  ];
  for (const scenario of scenarios) {
    const answers = await Promise.all(scenario.terms.map((q) => globalSearch({ actor: scenario.actor, q })));
    console.info(
      `${scenario.name}: ${answers.map((answer, index) => `${scenario.terms[index]} → ${Object.entries(answer).map(([kind, hits]) => `${(hits as unknown[]).length} ${kind}`).join(", ")}`).join("; ")}`,
    );
    const loadBefore = load();
    const result = await runLoad({
      concurrency,
      durationMs,
      request: async (client, iteration) => {
        await globalSearch({ actor: scenario.actor, q: scenario.terms[(client + iteration) % scenario.terms.length]! });
        return true;
      },
    });
    rows.push(
      `| ${scenario.name} | ${scenario.terms.length} | ${result.requests} | ${Math.round(result.requestsPerSecond)} | ${result.p50.toFixed(1)} | ${result.p95.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.max.toFixed(1)} | ${loadBefore} → ${load()} |`,
    );
    console.info(rows.at(-1));
  }
  console.info(`\ndata: ${JSON.stringify(counts)}; ${concurrency} concurrent callers, ${args.seconds} s each\n${rows.join("\n")}`);
  await db.$disconnect();
}

await main();
