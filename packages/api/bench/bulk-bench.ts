// The bulk actions benchmark (issue 12): crm.bulk.* on 5,000 selected records — by ids and by the
// list's filter — and a book transfer of 5,000 leads, 5,000 contacts (with a policy each), 5,000
// deals and 5,000 tasks, each through the tRPC caller in process (every middleware, the audit row
// and the after-commit work included), in a scratch database. Wall and CPU seconds of this process
// (the API's work; Postgres's own CPU is not in it) and the load average, since the machine is shared.
//
//   node --import tsx packages/api/bench/bulk-bench.ts [--records 5000]
//
// BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names the server; the
// scratch database is harbor_bulk_bench (dropped and recreated each run).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { recreateDatabase, scratchDatabase, sql } from "./sql";

const { values: args } = parseArgs({ options: { records: { type: "string", default: "5000" } } });
const RECORDS = Number(args.records);

const { serverUrl, databaseName, databaseUrl } = scratchDatabase("harbor_bulk_bench");
process.env.DATABASE_URL = databaseUrl;

const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");

interface Measured {
  action: string;
  wallSeconds: number;
  cpuSeconds: number;
  answer: unknown;
}

async function measure(action: string, work: () => Promise<unknown>): Promise<Measured> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const answer = await work();
  const wallSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const row = { action, wallSeconds, cpuSeconds: (used.user + used.system) / 1e6, answer };
  console.info(`${action.padEnd(52)} ${row.wallSeconds.toFixed(2).padStart(6)} s wall ${row.cpuSeconds.toFixed(2).padStart(6)} s CPU  load ${load()}  ${JSON.stringify(answer)}`);
  return row;
}

async function main() {
  await recreateDatabase({ serverUrl, databaseName });
  const { migrateDeploy } = await import("@harbor/db/migrate");
  await migrateDeploy({ databaseUrl });
  const { db } = await import("@harbor/db");
  const { callerFor, createTestOrganization } = await import("../src/testing");

  const org = await createTestOrganization("Bulk Bench Agency");
  const { organizationId } = org;
  const admin = callerFor(org.users.admin);
  const agentId = org.users.agent.userId;
  const managerId = org.users.manager.userId;
  const range = Array.from({ length: RECORDS }, (_, index) => index);

  console.info(`seeding ${RECORDS} leads, contacts (with a policy each), deals and tasks… load ${load()}`);
  await db.lead.createMany({ data: range.map((index) => ({ organizationId, ownerId: agentId, name: `Bench Lead ${index}`, email: `lead${index}@bulk.bench`, tags: ["imported"] })) });
  await db.contact.createMany({ data: range.map((index) => ({ organizationId, ownerId: agentId, name: `Bench Contact ${index}`, email: `contact${index}@bulk.bench` })) });
  const contactIds = (await db.contact.findMany({ where: { organizationId }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  await db.policy.createMany({
    data: contactIds.map((contactId, index) => ({ organizationId, contactId, ownerId: agentId, policyNumber: `BULK-${index}`, type: "auto", carrier: "Acme", premium: 1000, startDate: new Date("2026-01-01"), endDate: new Date("2027-01-01") })),
  });
  await db.opportunity.createMany({ data: contactIds.map((contactId, index) => ({ organizationId, ownerId: agentId, contactId, title: `Bench Deal ${index}`, value: 1000 + index })) });
  await db.task.createMany({ data: range.map((index) => ({ organizationId, assigneeId: agentId, createdById: agentId, title: `Bench Task ${index}` })) });
  const idsOf = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);
  const leadIds = await idsOf(db.lead.findMany({ where: { organizationId }, select: { id: true } }));
  const dealIds = await idsOf(db.opportunity.findMany({ where: { organizationId }, select: { id: true } }));
  const taskIds = await idsOf(db.task.findMany({ where: { organizationId }, select: { id: true } }));
  const policyIds = await idsOf(db.policy.findMany({ where: { organizationId }, select: { id: true } }));
  await sql(databaseUrl, "VACUUM ANALYZE");

  const results: Measured[] = [];
  const run = async (action: string, work: () => Promise<unknown>) => void results.push(await measure(action, work));
  console.info(`\nbulk actions on ${RECORDS} selected records (admin; load before ${load()})`);
  await run("leads: assign (ids)", () => admin.crm.bulk.assign({ entity: "lead", selection: { ids: leadIds }, userId: managerId }));
  await run("leads: status (ids; timeline + rescoring)", () => admin.crm.bulk.setStatus({ entity: "lead", selection: { ids: leadIds }, status: "contacted" }));
  await run("leads: add tag (ids)", () => admin.crm.bulk.tag({ entity: "lead", selection: { ids: leadIds }, add: ["bulk"] }));
  await run("leads: assign (filter: every lead, list walked)", () => admin.crm.bulk.assign({ entity: "lead", selection: { filter: {} }, userId: agentId }));
  await run("leads: export CSV (ids)", async () => {
    const { rowCount, truncated } = await admin.crm.bulk.export({ entity: "lead", selection: { ids: leadIds, filter: {} } });
    return { rowCount, truncated };
  });
  await run("contacts: assign (ids; policies follow)", () => admin.crm.bulk.assign({ entity: "contact", selection: { ids: contactIds }, userId: managerId }));
  await run("contacts: add tag (filter: every contact)", () => admin.crm.bulk.tag({ entity: "contact", selection: { filter: {} }, add: ["vip"] }));
  await run("deals: stage (ids; history, probability, rescoring)", () => admin.crm.bulk.setStatus({ entity: "opportunity", selection: { ids: dealIds }, status: "quoted" }));
  await run("deals: assign (ids)", () => admin.crm.bulk.assign({ entity: "opportunity", selection: { ids: dealIds }, userId: managerId }));
  await run("tasks: status (ids)", () => admin.crm.bulk.setStatus({ entity: "task", selection: { ids: taskIds }, status: "in_progress" }));
  await run("policies: status (ids)", () => admin.crm.bulk.setStatus({ entity: "policy", selection: { ids: policyIds }, status: "pending" }));
  await run("leads: delete to trash (ids)", () => admin.crm.bulk.delete({ entity: "lead", selection: { ids: leadIds } }));

  // The book transfer: give the manager's book (everything assigned above) back to the agent.
  await db.lead.updateMany({ where: { organizationId }, data: { deletedAt: null, deletedById: null, ownerId: managerId } });
  await db.task.updateMany({ where: { organizationId }, data: { assigneeId: managerId } });
  await run(`book transfer: deactivate with ${RECORDS} each of leads, contacts, deals, tasks`, async () => (await admin.admin.users.deactivate({ id: managerId, transferTo: agentId })).transferred);

  const slowest = results.reduce((worst, row) => (row.wallSeconds > worst.wallSeconds ? row : worst));
  console.info(`\nslowest: ${slowest.action} ${slowest.wallSeconds.toFixed(2)} s (target ≤ 5 s); load after ${load()}`);
  await db.$disconnect();
}

await main();
