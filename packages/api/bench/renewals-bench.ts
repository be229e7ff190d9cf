// The renewals benchmark (issue 13). In a scratch database: a 10k-row renewal file validated
// (renewals.batches.upload's service) and applied (the worker function's chunk steps, called in
// order); a 100k-row file the same way with the process's RSS sampled every 50 ms, to show memory
// does not grow with the file; then 200k cases seeded in SQL and renewals.cases.list and
// renewals.dashboard.stats called in-process (the tRPC caller, every middleware included) by 20
// concurrent clients, p50/p95/p99, after 200 calls one at a time that give each call's CPU: this
// process's and the Postgres backends' (read from /proc, so the server must be on this host).
//
//   node --import tsx packages/api/bench/renewals-bench.ts [--seconds 10] [--files 10000,100000] [--skip-files] [--skip-load] [--only <scenario pattern>] [--reuse]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_renewals_bench, or BENCH_DATABASE (dropped and recreated each run).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { runLoad } from "./load";
import { recreateDatabase, scratchDatabase } from "./sql";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    "skip-files": { type: "boolean", default: false },
    files: { type: "string", default: "10000,100000" },
    "skip-load": { type: "boolean", default: false },
    /** Keep the database of an earlier run (migrations applied, nothing dropped, no files, no seeding): the list/stats scenarios only. */
    reuse: { type: "boolean", default: false },
    /** Only the list/stats scenarios whose name matches this pattern. */
    only: { type: "string" },
  },
});

const { serverUrl, databaseName, databaseUrl } = scratchDatabase(process.env.BENCH_DATABASE ?? "harbor_renewals_bench");
const CASES = 200_000;

process.env.DATABASE_URL = databaseUrl;
// The 100k-row file is ~13 MB of CSV: above the 10 MB default upload limit, within the row limit.
process.env.IMPORT_MAX_FILE_BYTES = String(32 * 1024 * 1024);


const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function renewalFile(rows: number, prefix: string, agentEmails: string[]): string {
  const lines = ["policy_number,customer_first_name,customer_last_name,email,phone,policy_type,carrier,premium,prior_premium,start_date,end_date,renewal_date,agent_email"];
  for (let index = 1; index <= rows; index += 1) {
    const month = String(1 + (index % 12)).padStart(2, "0");
    lines.push(
      `${prefix}-${index},Client,${prefix}${index},${prefix.toLowerCase()}${index}@client.test,,${index % 3 === 0 ? "home" : "auto"},Acme Mutual,${1000 + (index % 900)},${950 + (index % 800)},2025-${month}-01,2026-${month}-01,,${agentEmails[index % agentEmails.length]}`,
    );
  }
  return lines.join("\n");
}

/** CPU ticks (1/100 s) of each Postgres backend connected to the bench database, by pid (read from /proc: same host). */
async function backendTicks(client: pg.Client): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [databaseName]);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The backend ended between the two reads.
    }
  }
  return ticks;
}

/** Postgres CPU seconds spent by the bench database's backends between two readings (backends that ended in between are missed). */
function backendSeconds(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  return ticks / 100;
}

/** Runs `work` while sampling RSS every 50 ms: before, peak and after, in MB; wall and CPU seconds. */
async function withRss<T>(monitor: pg.Client, work: () => Promise<T>) {
  const ticksBefore = await backendTicks(monitor);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    const used = process.cpuUsage(cpu);
    // CPU seconds of this process alone: on a shared machine, wall time mostly measures the queue.
    const cpuSeconds = Math.round((used.user + used.system) / 10_000) / 100;
    const postgresCpuSeconds = backendSeconds(ticksBefore, await backendTicks(monitor));
    return { result, seconds: Math.round((performance.now() - started) / 10) / 100, cpuSeconds, postgresCpuSeconds, rss: { before: mb(before), peak: mb(Math.max(peak, process.memoryUsage().rss)), after: mb(process.memoryUsage().rss) } };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const reuse = args.reuse;
  if (!reuse) {
    await recreateDatabase({ serverUrl, databaseName });
  }
  const { migrateDeploy } = await import("@harbor/db/migrate");
  await migrateDeploy({ databaseUrl });
  const { db } = await import("@harbor/db");
  const { systemActor } = await import("../src/access/actor");
  const { applyBatchChunk, beginBatch, finishBatch, uploadBatch } = await import("../src/services/renewals/batches");
  const { callerFor } = await import("../src/testing");

  const existing = reuse ? await db.organization.findUnique({ where: { slug: "renewals-bench" } }) : null;
  if (reuse && !existing) throw new Error(`--reuse: ${databaseName} holds no bench organization; run once without --reuse`);
  const organization = existing ?? (await db.organization.create({ data: { name: "Renewals Bench", slug: "renewals-bench" } }));
  if (!existing) {
    const north = await db.team.create({ data: { organizationId: organization.id, name: "North" } });
    const people = [
      { email: "admin@renewals.bench", role: "admin" as const, teamId: null },
      { email: "manager@renewals.bench", role: "manager" as const, teamId: north.id },
      ...[1, 2, 3, 4, 5].map((n) => ({ email: `agent${n}@renewals.bench`, role: "agent" as const, teamId: north.id })),
    ];
    await db.user.createMany({ data: people.map((person) => ({ ...person, organizationId: organization.id, name: person.email.split("@")[0]!, passwordHash: "unused" })) });
  }
  const users = await db.user.findMany({ where: { organizationId: organization.id }, select: { id: true, email: true, name: true, role: true, teamId: true } });
  const actorOf = (email: string) => {
    const user = users.find((candidate) => candidate.email === email)!;
    return { kind: "user" as const, userId: user.id, organizationId: organization.id, role: user.role, teamId: user.teamId, email: user.email, name: user.name, via: "session" as const };
  };
  const admin = actorOf("admin@renewals.bench");
  const agentEmails = users.filter((user) => user.role === "agent").map((user) => user.email);
  const figures: Record<string, unknown> = { loadAverageAtStart: load() };
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();

  if (!args["skip-files"] && !reuse) {
    for (const rows of args.files.split(",").map(Number)) {
      const prefix = `F${rows}`;
      const content = renewalFile(rows, prefix, agentEmails);
      const upload = await withRss(monitor, () => uploadBatch({ actor: admin, filename: `${prefix}.csv`, content }));
      const batchId = upload.result.batchId;
      const actor = systemActor(organization.id, "bench");
      const apply = await withRss(monitor, async () => {
        await beginBatch({ actor, batchId });
        let chunks = 0;
        for (;;) {
          chunks += 1;
          if ((await applyBatchChunk({ actor, batchId })).remaining === 0) break;
        }
        return { chunks, ...(await finishBatch({ actor, batchId })) };
      });
      figures[`file ${rows}`] = {
        fileMB: mb(Buffer.byteLength(content)),
        validate: { seconds: upload.seconds, cpuSeconds: upload.cpuSeconds, postgresCpuSeconds: upload.postgresCpuSeconds, rss: upload.rss, totalRecords: upload.result.totalRecords, validRecords: upload.result.validRecords },
        apply: { seconds: apply.seconds, cpuSeconds: apply.cpuSeconds, postgresCpuSeconds: apply.postgresCpuSeconds, rss: apply.rss, ...apply.result },
        loadAverage: load(),
      };
      console.info(JSON.stringify(figures[`file ${rows}`]));
    }
  }

  if (!args["skip-load"] && !(reuse && (await db.policy.count({ where: { organizationId: organization.id, policyNumber: { startsWith: "LOAD-" } } })) > 0)) {
    const started = performance.now();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query("SELECT setseed(0.13)");
    // Contacts and policies for 200k cases: one policy per case, renewal dates over a year and a half.
    await client.query(
      `INSERT INTO contacts (organization_id, owner_id, name, email, updated_at)
       SELECT $1::uuid, ($2::uuid[])[1 + (i % array_length($2::uuid[], 1))], 'Bench Client ' || i, 'bench' || i || '@client.test', now()
       FROM generate_series(1, $3) AS i`,
      [organization.id, users.filter((user) => user.role === "agent").map((user) => user.id), CASES / 2],
    );
    await client.query(
      `WITH contact_ids AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(owner_id ORDER BY id) AS owners FROM contacts WHERE organization_id = $1::uuid AND name LIKE 'Bench Client %')
       INSERT INTO policies (organization_id, contact_id, owner_id, policy_number, type, carrier, premium, start_date, end_date, renewal_date, updated_at)
       SELECT $1::uuid, ids[1 + (i % array_length(ids, 1))], owners[1 + (i % array_length(ids, 1))], 'LOAD-' || i,
              (ARRAY['auto','home','life','umbrella','renters'])[1 + floor(random() * 5)::int]::"PolicyType", (ARRAY['Acme Mutual','Beacon','Harborline'])[1 + floor(random() * 3)::int],
              300 + floor(random() * 6000), d - 365, d, d, now()
       FROM contact_ids, generate_series(1, $2) AS i,
            -- "+ 0 * i" ties the subquery to the row: uncorrelated, Postgres draws it once for every row.
            LATERAL (SELECT current_date - 180 + (floor(random() * 540) + 0 * i)::int AS d) s`,
      [organization.id, CASES],
    );
    await client.query(
      `INSERT INTO renewal_cases (organization_id, case_number, policy_id, contact_id, assignee_id, status, priority, priority_rank, renewal_date, prior_premium, prior_start_date,
         prior_end_date, prior_carrier, renewal_premium, premium, risk_score, payment_status, payment_amount, closed_at, created_at, updated_at)
       SELECT p.organization_id, 'REN-LOAD-' || row_number() OVER (ORDER BY p.id), p.id, p.contact_id, p.owner_id, st.status::"RenewalCaseStatus",
              (ARRAY['low','medium','high','urgent'])[1 + r.rank]::"Priority", r.rank, p.renewal_date, p.premium, p.start_date, p.end_date, p.carrier,
              p.premium * 1.08, p.premium * 1.08, floor(random() * 100)::int,
              (CASE WHEN st.status = 'renewed' THEN 'completed' ELSE 'pending' END)::"RenewalPaymentStatus",
              CASE WHEN st.status = 'renewed' THEN p.premium * 1.08 END,
              CASE WHEN st.status IN ('renewed', 'failed') THEN p.renewal_date - 3 END,
              p.renewal_date - 60, now()
       FROM policies p,
            LATERAL (SELECT (floor(random() * 4) + 0 * p.premium)::int AS rank) r,
            LATERAL (SELECT CASE WHEN p.renewal_date < current_date THEN (ARRAY['renewed','renewed','renewed','failed','pending_action'])[1 + floor(random() * 5)::int]
                                 ELSE (ARRAY['new','in_progress','pending_action','new'])[1 + floor(random() * 4)::int] END AS status) st
       WHERE p.organization_id = $1::uuid AND p.policy_number LIKE 'LOAD-%'`,
      [organization.id],
    );
    // VACUUM as autovacuum would after a bulk load: it sets the visibility map that index-only scans
    // (the capped counts) rely on, and the statistics.
    await client.query("VACUUM ANALYZE");
    await client.end();
    const total = await db.renewalCase.count({ where: { organizationId: organization.id } });
    figures.seeded = { cases: total, seconds: Math.round((performance.now() - started) / 100) / 10 };
    console.info(JSON.stringify(figures.seeded));
  }

  if (!args["skip-load"]) {
    const durationMs = Number(args.seconds) * 1000;
    const adminCaller = callerFor(admin);
    const agentCaller = callerFor(actorOf(agentEmails[0]!));
    const managerCaller = callerFor(actorOf("manager@renewals.bench"));
    const scenarios: [string, (client: number, iteration: number) => Promise<unknown>][] = [
      ["cases.list admin, renewal date", () => adminCaller.renewals.cases.list({ limit: 50 })],
      ["cases.list agent, window 30", () => agentCaller.renewals.cases.list({ limit: 50, window: "30" })],
      ["cases.list manager, priority sort", () => managerCaller.renewals.cases.list({ limit: 50, sort: "priority" })],
      ["cases.list admin, status in_progress, premium sort", () => adminCaller.renewals.cases.list({ limit: 50, status: "in_progress", sort: "premium" })],
      ["cases.list admin, risk sort", () => adminCaller.renewals.cases.list({ limit: 50, sort: "risk" })],
      ["cases.list agent, overdue", () => agentCaller.renewals.cases.list({ limit: 50, window: "overdue" })],
      ["cases.list admin, search a policy number", (_client, iteration) => adminCaller.renewals.cases.list({ limit: 50, search: `LOAD-${1000 + (iteration % 9000)}` })],
      ["cases.list admin, renewal date, page 2", async () => adminCaller.renewals.cases.list({ limit: 50, cursor: (await adminCaller.renewals.cases.list({ limit: 50 })).nextCursor! })],
      ["dashboard.stats admin, month", () => adminCaller.renewals.dashboard.stats()],
      ["dashboard.stats agent, quarter", () => agentCaller.renewals.dashboard.stats({ dateRange: "quarter" })],
      ["dashboard.stats manager, quarter", () => managerCaller.renewals.dashboard.stats({ dateRange: "quarter" })],
    ];
    const only = args.only ? new RegExp(args.only, "i") : null;
    for (const [name, call] of scenarios) {
      if (only && !only.test(name)) continue;
      // CPU per call, one caller at a time: this process's (every middleware and output parse) and
      // the Postgres backends'. A loaded machine stretches wall time, much less CPU time.
      const serial = 200;
      // Warm-up: the first calls compile the code paths and prepare the statements on the pool's connections.
      for (let iteration = 0; iteration < 20; iteration += 1) await call(0, iteration);
      const ticksBefore = await backendTicks(monitor);
      const cpuBefore = process.cpuUsage();
      const serialStarted = performance.now();
      for (let iteration = 0; iteration < serial; iteration += 1) await call(0, iteration);
      const cpu = process.cpuUsage(cpuBefore);
      const perCall = {
        wallMs: Math.round(((performance.now() - serialStarted) / serial) * 100) / 100,
        nodeCpuMs: Math.round(((cpu.user + cpu.system) / 1000 / serial) * 100) / 100,
        postgresCpuMs: Math.round(((backendSeconds(ticksBefore, await backendTicks(monitor)) * 1000) / serial) * 100) / 100,
      };
      const result = await runLoad({ concurrency: 20, durationMs, request: async (client, iteration) => (await call(client, iteration), true) });
      figures[name] = { ...result, serial: perCall, loadAverage: load() };
      console.info(name, JSON.stringify(figures[name]));
    }
  }
  console.info(JSON.stringify(figures, null, 2));
  await monitor.end();
  await db.$disconnect();
}

await main();
