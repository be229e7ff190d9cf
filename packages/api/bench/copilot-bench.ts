// The copilot benchmark (issue: Copilot). What the copilot costs outside model time, per round
// (one model call plus the tools it asked for): copilot.chat is called in process through the
// real tRPC middleware (permission, audit, output validation) with the real @google/genai SDK
// against the loopback Gemini server, which answers at once. The SDK's HTTP exchanges are timed
// at `fetch` and subtracted; what remains is Harbor's work: settings, rate limit, the tool run
// through its service, the safety check, the conversation write, the audit entries.
// Target: ≤ 20 ms per round. The process CPU column (Harbor, the SDK and the in-process loopback
// server together) is the figure that does not move with the load other processes put on the machine.
//
//   node --import tsx packages/api/bench/copilot-bench.ts [--iterations 200]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { scratchDatabase, sql } from "./sql";

const { values: args } = parseArgs({ options: { iterations: { type: "string", default: "200" } } });
const iterations = Number(args.iterations);
const { serverUrl, databaseName, databaseUrl } = scratchDatabase("harbor_copilot_bench");
process.env.DATABASE_URL = databaseUrl;
process.env.AUTH_SECRET ??= "copilot-bench-auth-secret-0123456789abcdef";

const admin = (text: string) => sql(serverUrl, text);

await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
await admin(`CREATE DATABASE ${databaseName}`);
const { migrateDeploy } = await import("@harbor/db/migrate");
await migrateDeploy({ databaseUrl });

const { startFakeGeminiServer, geminiFunctionCall, geminiText } = await import("@harbor/ai/testing");
const fake = await startFakeGeminiServer();
process.env.GEMINI_API_KEY = fake.apiKey;
process.env.GEMINI_BASE_URL = fake.baseUrl;

// Model time: every exchange the SDK makes with the fake, measured where it leaves the process.
let modelMs = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const started = performance.now();
  try {
    return await realFetch(input, init);
  } finally {
    modelMs += performance.now() - started;
  }
};

const { db } = await import("@harbor/db");
const { callerFor, createTestOrganization } = await import("../src/testing");
const org = await createTestOrganization("Copilot Bench");
await callerFor(org.users.admin).settings.ai.update({ rateLimitPerMinute: 600 });
await db.contact.createMany({
  data: Array.from({ length: 500 }, (_, index) => ({ organizationId: org.organizationId, ownerId: org.users.agent.userId, name: `Client ${index}`, email: `client${index}@bench.local` })),
});
const agent = callerFor(org.users.agent);

interface Scenario {
  name: string;
  rounds: number;
  script: (iteration: number) => Parameters<typeof fake.enqueue>;
}

const scenarios: Scenario[] = [
  { name: "text answer (1 round)", rounds: 1, script: () => [geminiText("Renewals are due next week.")] },
  { name: "searchContacts + summary (2 rounds)", rounds: 2, script: (i) => [geminiFunctionCall("searchContacts", { search: `Client ${i % 50}` }), geminiText("Found them.")] },
  {
    name: "createClientLead + summary (2 rounds)",
    rounds: 2,
    script: (i) => [geminiFunctionCall("createClientLead", { name: `Bench Lead ${i}`, email: `lead-${Date.now()}-${i}@bench.local` }), geminiText("Lead created.")],
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// The floor on this machine at this moment: an authenticated call that reads its user.
const floor: number[] = [];
for (let i = -20; i < iterations; i += 1) {
  const started = performance.now();
  await agent.auth.me();
  if (i >= 0) floor.push(performance.now() - started);
}
floor.sort((a, b) => a - b);
console.info(`floor, auth.me in process: p50 ${percentile(floor, 50).toFixed(1)} ms, p95 ${percentile(floor, 95).toFixed(1)} ms`);

console.info(`| scenario | chats | p50 ms per round | p95 ms per round | max ms per round | model (loopback) ms per chat | process CPU ms per round |`);
console.info(`| --- | --- | --- | --- | --- | --- | --- |`);
for (const scenario of scenarios) {
  const perRound: number[] = [];
  let modelTotal = 0;
  let cpuMs = 0;
  for (let i = -20; i < iterations; i += 1) {
    fake.enqueue(...scenario.script(i + 20));
    modelMs = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await agent.copilot.chat({ history: [{ role: "user", text: `Request ${i}` }] });
    const total = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (i < 0) continue; // warm-up
    cpuMs += (cpu.user + cpu.system) / 1000 / scenario.rounds;
    perRound.push((total - modelMs) / scenario.rounds);
    modelTotal += modelMs;
  }
  perRound.sort((a, b) => a - b);
  const fmt = (value: number) => value.toFixed(1);
  console.info(`| ${scenario.name} | ${iterations} | ${fmt(percentile(perRound, 50))} | ${fmt(percentile(perRound, 95))} | ${fmt(perRound.at(-1)!)} | ${fmt(modelTotal / iterations)} | ${fmt(cpuMs / iterations)} |`);
}

await fake.close();
await db.$disconnect();
await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
