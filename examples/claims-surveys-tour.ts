// Claims, surveys and files with the typed client, against a running `npm start` (demo data):
//
//   node --import tsx examples/claims-surveys-tour.ts
//
// API keys for agent@ and manager@harbor.local come from the CLI unless AGENT_KEY / MANAGER_KEY
// are set; HARBOR_URL defaults to http://localhost:3000. The survey is answered the way a customer
// does: POST to its public URL, no key.
import { createHarborClient } from "@harbor/api/client";
import { expectError, harborUrl as url, keyFor } from "./tour-helpers";

const agentKey = process.env.AGENT_KEY ?? keyFor("agent@harbor.local", "claims tour");
const agent = createHarborClient({ url, apiKey: agentKey });
const manager = createHarborClient({ url, apiKey: process.env.MANAGER_KEY ?? keyFor("manager@harbor.local", "claims tour") });

// A claim on one of the agent's policies: filed, moved to review, an illegal jump refused.
const [policy] = (await agent.crm.policies.list.query({ limit: 1 })).items;
if (!policy) throw new Error("the agent has no policy to file a claim on (run against the demo data)");
const claim = await agent.renewals.claims.create.mutate({ policyNumber: policy.policyNumber, claimType: "collision", claimAmount: 3200, description: "Rear-ended at a light", incidentDate: new Date(Date.now() - 3 * 86_400_000) });
console.info(`✓ filed ${claim.claimNumber} on ${claim.policy.policyNumber}: ${claim.status}`);
const reviewing = await manager.renewals.claims.updateStatus.mutate({ id: claim.id, status: "under_review" });
console.info(`✓ moved to ${reviewing.status}`);
await expectError("jumping from under_review to settled", manager.renewals.claims.updateStatus.mutate({ id: claim.id, status: "settled", settlementAmount: 3000 }));

// A file on the claim, downloaded with the agent's key.
const file = await agent.files.upload.mutate({ entityType: "claim", entityId: claim.id, filename: "notes.txt", contentType: "text/plain", content: Buffer.from("Adjuster visit on Tuesday").toString("base64") });
const withKey = await fetch(new URL(file.url, url), { headers: { authorization: `Bearer ${agentKey}` } });
const withoutKey = await fetch(new URL(file.url, url));
console.info(`✓ attached ${file.filename} (${file.sizeBytes} bytes): download with the key → ${withKey.status} "${await withKey.text()}", without → ${withoutKey.status}`);

// A survey: created, published, answered through its public URL.
const survey = await manager.renewals.surveys.create.mutate({
  title: "How was your renewal?",
  questions: [
    { id: "recommend", type: "nps", text: "How likely are you to recommend us?", required: true },
    { id: "comments", type: "text", text: "Anything we could do better?" },
  ],
});
const { url: publicUrl, token } = await manager.renewals.surveys.publish.mutate({ id: survey.id });
// The public page at publicUrl posts its answers to /api/surveys/<token>, as a customer's browser does.
const answer = (surveyToken: string, answers: Record<string, unknown>) =>
  fetch(new URL(`/api/surveys/${encodeURIComponent(surveyToken)}`, url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answers }) });
console.info(`✓ published ${publicUrl}; answered → ${(await answer(token, { recommend: 9, comments: "Quick and easy" })).status}`);
console.info(`✓ an answer that does not fit → ${(await answer(token, { recommend: 12 })).status}`);

// An invite answers once.
const [contact] = (await manager.crm.contacts.list.query({ limit: 1 })).items;
if (contact) {
  const { invites } = await manager.renewals.surveys.invite.mutate({ id: survey.id, contactIds: [contact.id] });
  for (const invite of invites) {
    console.info(`✓ invited ${contact.name}: first answer → ${(await answer(invite.token, { recommend: 10 })).status}, second → ${(await answer(invite.token, { recommend: 10 })).status}`);
  }
}
const results = await manager.renewals.surveys.results.query({ id: survey.id });
console.info(`✓ ${results.responseCount} responses, NPS ${results.nps?.score ?? "—"}`);
await manager.renewals.surveys.close.mutate({ id: survey.id });
console.info(`✓ closed; answering now → ${(await answer(token, { recommend: 9 })).status}`);
