// A tour of the CRM API with the typed client, as a script would use it. Against a running
// `npm start` (demo data):
//
//   node --import tsx examples/crm-tour.ts
//
// It creates its own API keys for agent@ and viewer@harbor.local through the CLI unless
// AGENT_KEY / VIEWER_KEY are set; HARBOR_URL defaults to http://localhost:3000.
import { createHarborClient } from "@harbor/api/client";
import { expectError, harborUrl as url, keyFor } from "./tour-helpers";

const agentKey = process.env.AGENT_KEY ?? keyFor("agent@harbor.local", "crm tour");
const viewerKey = process.env.VIEWER_KEY ?? keyFor("viewer@harbor.local", "crm tour");
const agent = createHarborClient({ url, apiKey: agentKey });
const viewer = createHarborClient({ url, apiKey: viewerKey });
const run = `${Date.now().toString(36)}`;

// An agent creates, finds, updates and converts a lead.
const lead = await agent.crm.leads.create.mutate({ kind: "client", name: `Dana Tour ${run}`, email: `dana.${run}@example.com`, phone: "+1 555 010 7788", company: "Tour Bakery", source: "Referral", value: 2400 });
console.info(`✓ created lead ${lead.name}: status ${lead.status}, score ${lead.score}`);
const found = await agent.crm.leads.list.query({ search: `Tour ${run}`, limit: 5 });
console.info(`✓ found it by search: ${found.items.map((item) => item.name).join(", ")}`);
const updated = await agent.crm.leads.update.mutate({ id: lead.id, status: "qualified", notes: "Wants home + auto bundle" });
console.info(`✓ updated: status ${updated.status}, score ${updated.score}`);
const conversion = await agent.crm.leads.convert.mutate({ id: lead.id });
if (!("contact" in conversion)) throw new Error("a client lead converts into a contact and an opportunity");
const { contact, opportunity } = conversion;
console.info(`✓ converted into contact ${contact.name} and opportunity at ${opportunity.stage} (${opportunity.probability}%)`);

// A policy, and a duplicate policy number.
const policyNumber = `POL-TOUR-${run}`;
const policy = await agent.crm.policies.create.mutate({ contactId: contact.id, policyNumber, type: "home", carrier: "Travelers", premium: 1840, startDate: new Date("2026-12-01"), endDate: new Date("2027-12-01") });
console.info(`✓ added policy ${policy.policyNumber}`);
await expectError("duplicate policy number", agent.crm.policies.create.mutate({ contactId: contact.id, policyNumber, type: "auto", carrier: "Progressive", premium: 900, startDate: new Date("2026-12-01"), endDate: new Date("2027-12-01") }));

// The pipeline.
const moved = await agent.crm.opportunities.moveStage.mutate({ id: opportunity.id, stage: "quoted" });
console.info(`✓ moved the opportunity to ${moved.stage}: probability ${opportunity.probability}% → ${moved.probability}%`);

// Access.
await expectError("viewer creating a lead", viewer.crm.leads.create.mutate({ kind: "client", name: "Not allowed", email: `no.${run}@example.com` }));
const me = await agent.auth.me.query();
const someoneElses = (await viewer.crm.leads.list.query({ limit: 50 })).items.find((item) => item.owner && item.owner.id !== me.user.id);
if (someoneElses) await expectError("agent reading another agent's lead", agent.crm.leads.get.query({ id: someoneElses.id }));

// Import a CSV with odd headers, one bad row and one duplicate.
const rows = ["Full Name,E-mail Address,Phone #,Company Name,Lead Source,Est. Value"];
for (let index = 0; index < 200; index++) rows.push(`Imported ${run} ${index},imp.${run}.${index}@example.com,,Acme ${index % 7},Website,${index * 10}`);
rows.push(`,broken.${run}@example,,,,`);
rows.push(`Imported ${run} 0 again,imp.${run}.0@example.com,,Acme 0,Website,0`);
const content = `${rows.join("\n")}\n`;
const preview = await agent.crm.leads.import.preview.mutate({ filename: "tour.csv", content, kind: "client" });
console.info(`✓ preview of ${preview.totalRows} rows, mapping ${JSON.stringify(preview.mapping)}`);
const result = await agent.crm.leads.import.commit.mutate({ filename: "tour.csv", content, kind: "client", mapping: preview.mapping });
// A file of more than 2,000 rows is queued for the worker instead (crm.leads.import.status follows it).
if (result.status !== "completed") throw new Error(`expected the small tour file to be imported at once, got ${result.status}`);
console.info(`✓ import: ${result.created} created, ${result.updated} updated, ${result.skipped} skipped, errors ${JSON.stringify(result.errors)}`);

// Global search finds the new records.
const hits = await agent.search.global.query({ q: `Tour ${run}` });
console.info(`✓ search: ${hits.contacts.length} contacts, ${hits.leads.length} leads, ${hits.deals.length} deals, ${hits.tickets.length} tickets`);

// Channel authorization for realtime.
for (const channel of [`private-user-${me.user.id}`, "private-user-00000000-0000-4000-8000-000000000000"]) {
  const response = await fetch(new URL("/api/realtime/auth", url), {
    method: "POST",
    headers: { authorization: `Bearer ${agentKey}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ socket_id: "1234.5678", channel_name: channel }),
  });
  console.info(`${response.status === 200 === channel.includes(me.user.id) ? "✓" : "✗"} /api/realtime/auth ${channel}: ${response.status}`);
}
