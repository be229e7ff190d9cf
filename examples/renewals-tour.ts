// Issue 13's "Must show" with the typed client, against a running `npm start` (demo data):
//
//   node --import tsx examples/renewals-tour.ts
//
// API keys for admin@, manager@, agent@ and viewer@harbor.local come from the CLI unless
// ADMIN_KEY / MANAGER_KEY / AGENT_KEY / VIEWER_KEY are set; HARBOR_URL defaults to
// http://localhost:3000. A renewal file of 1,003 rows (three of them bad) is uploaded by the
// admin, applied by the worker, then the agent works one of the new cases.
import { createHarborClient } from "@harbor/api/client";
import { expectError, harborUrl as url, keyFor } from "./tour-helpers";

const client = (variable: string, email: string) => createHarborClient({ url, apiKey: process.env[variable] ?? keyFor(email, "renewals tour") });
const admin = client("ADMIN_KEY", "admin@harbor.local");
const manager = client("MANAGER_KEY", "manager@harbor.local");
const agent = client("AGENT_KEY", "agent@harbor.local");
const viewer = client("VIEWER_KEY", "viewer@harbor.local");

const check = (ok: boolean, label: string) => {
  console.info(`${ok ? "✓" : "✗"} ${label}`);
  if (!ok) process.exitCode = 1;
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// The renewal file: 1,003 rows in the documented template, all for agent@, three of them bad.
const run = Date.now().toString(36).toUpperCase();
const header = "policy_number,customer_first_name,customer_last_name,email,phone,policy_type,carrier,premium,prior_premium,start_date,end_date,renewal_date,agent_email";
const bad = new Map<number, string>([
  [18, `TOUR-${run}-0016,Bad,Premium,bad.premium.${run}@example.com,,auto,Harbor Mutual,lots,1000,${day(-335)},${day(30)},${day(30)},agent@harbor.local`],
  [502, `,No,Number,no.number.${run}@example.com,,home,Harbor Mutual,1200,1100,${day(-335)},${day(30)},${day(30)},agent@harbor.local`],
  [1004, `TOUR-${run}-1002,Bad,Date,bad.date.${run}@example.com,,auto,Harbor Mutual,900,800,${day(-335)},${day(30)},31/31/2027,agent@harbor.local`],
]);
const lines = [header];
for (let index = 0; lines.length < 1_004; index += 1) {
  const row = lines.length + 1; // the header is row 1
  lines.push(
    bad.get(row) ??
      `TOUR-${run}-${String(index).padStart(4, "0")},Client${index},Tour,client${index}.${run.toLowerCase()}@example.com,,auto,Harbor Mutual,${1_100 + (index % 50) * 10},1000,${day(-335)},${day(30)},${day(30 + (index % 20))},agent@harbor.local`,
  );
}
const file = { filename: `renewals-${run}.csv`, content: lines.join("\n") };

await expectError("an agent may not upload a renewal file", agent.renewals.batches.upload.mutate(file));

const uploaded = await admin.renewals.batches.upload.mutate(file);
console.info(`  upload → ${uploaded.totalRecords} records, ${uploaded.validRecords} valid, status ${uploaded.status}`);
for (const error of uploaded.errors) console.info(`    row ${error.row}${error.field ? ` (${error.field})` : ""}: ${error.error}`);
check(uploaded.totalRecords === 1_003 && uploaded.validRecords === 1_000, "1,003 records, 1,000 valid");
check(JSON.stringify([...new Set(uploaded.errors.map((error) => error.row))]) === JSON.stringify([...bad.keys()]), `exactly rows ${[...bad.keys()].join(", ")} reported`);

// Applied by the worker function: wait for the batch to finish.
let status = await admin.renewals.batches.status.query({ id: uploaded.batchId });
for (const deadline = Date.now() + 120_000; (status.status === "validated" || status.status === "processing") && Date.now() < deadline; ) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  status = await admin.renewals.batches.status.query({ id: uploaded.batchId });
}
check(status.status === "completed_with_errors" && status.successful === 1_000 && status.failed === 3, `applied by the worker: ${status.status}, ${status.processed} processed, ${status.successful} successful, ${status.failed} failed`);

// The assigned agent finds the new cases, escalates one and renews it with payment.
const mine = await agent.renewals.cases.list.query({ search: `TOUR-${run}`, limit: 5 });
check(mine.total !== null && mine.total >= 50 && mine.items.every((item) => /^REN-\d{4}-\d+$/.test(item.caseNumber)), `the agent finds the new cases: ${mine.items.map((item) => item.caseNumber).slice(0, 3).join(", ")}… (${mine.total}${mine.totalCapped ? "+" : ""})`);
const target = mine.items[0]!;
await agent.renewals.cases.escalate.mutate({ id: target.id, reason: "Premium up more than 10%; the client wants a call from a manager" });
await agent.renewals.cases.update.mutate({ id: target.id, paymentStatus: "completed", paymentMethod: "card", paymentAmount: target.premium, paymentDate: new Date() });
const renewed = await agent.renewals.cases.markRenewed.mutate({ id: target.id });
const types = renewed.timeline.map((entry) => entry.type);
check(renewed.status === "renewed" && types.includes("escalated") && types.includes("renewed") && types.includes("payment"), `${renewed.caseNumber} ${renewed.status}, payment ${renewed.payment.status}; timeline: ${renewed.timeline.map((entry) => `${entry.title} (${entry.actor?.name ?? "System"})`).join(" · ")}`);

// Files on the case: attached by the agent, downloaded by whoever may see the case, deleted by who may edit it.
const agentKey = process.env.AGENT_KEY ?? keyFor("agent@harbor.local", "renewals tour files");
const viewerKey = process.env.VIEWER_KEY ?? keyFor("viewer@harbor.local", "renewals tour files");
const offer = Buffer.from("%PDF-1.7\n% signed renewal offer\n");
const attached = await createHarborClient({ url, apiKey: agentKey }).files.upload.mutate({ entityType: "case", entityId: target.id, filename: "signed-offer.pdf", contentType: "application/pdf", content: offer.toString("base64") });
const fetchFile = (key: string | null) => fetch(new URL(attached.url, url), { headers: key ? { authorization: `Bearer ${key}` } : {} });
const asViewer = await fetchFile(viewerKey);
const viewerBytes = Buffer.from(await asViewer.arrayBuffer());
check(asViewer.status === 200 && viewerBytes.equals(offer) && (await fetchFile(null)).status === 401, `${attached.filename} on ${renewed.caseNumber}: the viewer downloads it (${asViewer.status}, ${asViewer.headers.get("content-disposition")}), no key → 401`);
await expectError("a viewer may not delete a case's file", viewer.files.delete.mutate({ id: attached.id }));
await agent.files.delete.mutate({ id: attached.id });
check((await fetchFile(agentKey)).status === 404, "deleted by the agent; the link now answers 404");
await expectError("a file of an unlisted type is refused", agent.files.upload.mutate({ entityType: "case", entityId: target.id, filename: "setup.exe", contentType: "application/x-msdownload", content: Buffer.from("MZ").toString("base64") }));

// The brief shows the premium change (on a case still open).
const brief = await agent.renewals.cases.brief.query({ id: mine.items[1]!.id });
check(brief.premiumChangePercent !== null, `brief ${brief.caseNumber}: ${brief.priorTerm.premium} → ${brief.renewalTerm.premium} (${brief.premiumChangePercent}%), ${brief.provider}: "${brief.summary.slice(0, 90)}…"`);

// Dashboard stats and trends answer.
const stats = await manager.renewals.dashboard.stats.query({ dateRange: "quarter" });
check(stats.totalCases > 0, `dashboard stats (quarter): ${stats.totalCases} cases, ${stats.renewed} renewed, ${stats.lost} lost, retention ${stats.retentionRate}, collected ${stats.paymentCollected}`);
const trends = await manager.renewals.dashboard.trends.query({ dateRange: "month", bucket: "week" });
check(trends.length > 0, `trends (month by week): ${trends.map((bucket) => `${bucket.bucket.toISOString().slice(0, 10)} +${bucket.newCases}/${bucket.renewed} renewed`).join(", ")}`);

await expectError("a viewer cannot escalate", viewer.renewals.cases.escalate.mutate({ id: mine.items[2]!.id, reason: "peek" }));

// A claim: submitted, moved to review, an illegal jump refused.
const claim = await agent.renewals.claims.create.mutate({ policyNumber: target.policy.policyNumber, claimType: "collision", claimAmount: 3_200, description: "Rear-ended at a light", incidentDate: new Date(Date.now() - 3 * 86_400_000) });
const reviewing = await manager.renewals.claims.updateStatus.mutate({ id: claim.id, status: "under_review" });
check(claim.status === "submitted" && reviewing.status === "under_review", `claim ${claim.claimNumber}: ${claim.status} → ${reviewing.status}`);
await expectError("a claim jumping from under_review to settled", manager.renewals.claims.updateStatus.mutate({ id: claim.id, status: "settled", settlementAmount: 3_000 }));

// A survey: created, published, answered through its public URL; an invite token answers once.
const survey = await manager.renewals.surveys.create.mutate({
  title: `Renewal survey ${run}`,
  questions: [
    { id: "recommend", type: "nps", text: "How likely are you to recommend us?", required: true },
    { id: "comments", type: "text", text: "Anything we could do better?" },
  ],
});
const published = await manager.renewals.surveys.publish.mutate({ id: survey.id });
// The public page at `url` posts its answers to /api/surveys/<token>, as a customer's browser does.
const answer = (token: string, answers: Record<string, unknown>) =>
  fetch(new URL(`/api/surveys/${encodeURIComponent(token)}`, url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answers }) });
const page = await fetch(published.url);
const open = await answer(published.token, { recommend: 9, comments: "Quick and easy" });
check(page.ok && open.ok, `published ${published.url} (page → ${page.status}); answered → ${open.status}`);
const { invites } = await manager.renewals.surveys.invite.mutate({ id: survey.id, contactIds: [renewed.contact.id] });
const invite = invites[0];
if (invite) {
  const first = await answer(invite.token, { recommend: 10 });
  const second = await answer(invite.token, { recommend: 10 });
  check(first.ok && second.status === 404, `invite token: first answer → ${first.status}, second → ${second.status}`);
} else check(false, "the invite gave no token");
const results = await manager.renewals.surveys.results.query({ id: survey.id });
check(results.responseCount === 2, `${results.responseCount} responses, NPS ${results.nps?.score ?? "—"}`);
