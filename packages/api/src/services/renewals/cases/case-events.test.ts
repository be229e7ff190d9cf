import { db } from "@harbor/db";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { organizationChannel, userChannel } from "../../../realtime";
import { callerFor, seedRenewingPolicy, useRealtimeStandIn, useTestOrganization } from "../../../testing";
import { publishedEvents, useAddedUser } from "../../../testing/pipeline-fixtures";

// A case change goes live after it commits: the people working the case (who may still see it)
// get its id, kind of change, number and status on their own channels; the organization's channel
// — held by everyone, whatever their scope — gets { entityType, id, change } and nothing else.

const standIn = useRealtimeStandIn();
const org = useTestOrganization("Live Cases Agency");
const south = useAddedUser(org, "agent");
let caseId: string;

/** What the publisher sent about cases (notifications to the people concerned go out beside them). */
const sent = () => publishedEvents(standIn).filter((event) => event.name === "renewal_case:updated");

beforeAll(async () => {
  const policy = await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { name: "Live Client" });
  await callerFor(org.users.admin).renewals.cases.openDue();
  caseId = (await db.renewalCase.findFirstOrThrow({ where: { policyId: policy.policyId } })).id;
});

beforeEach(() => {
  standIn.requests.length = 0;
});

describe("renewal_case:updated", () => {
  it("sends a note's change to the assignee and only the signal to the organization", async () => {
    const { caseNumber } = await callerFor(org.users.agent).renewals.cases.addNote({ id: caseId, note: "Client asked for a callback about the premium" });
    expect(sent()).toEqual([
      { name: "renewal_case:updated", channels: [userChannel(org.users.agent.userId)], data: { id: caseId, change: "noted", caseNumber, status: "new" } },
      { name: "renewal_case:updated", channels: [organizationChannel(org.organizationId)], data: { entityType: "renewal_case", id: caseId, change: "noted" } },
    ]);
    expect(JSON.stringify(sent())).not.toContain("callback");
  });

  it("on reassignment reaches the new assignee, not the agent who no longer sees the case", async () => {
    await callerFor(org.users.admin).renewals.cases.assign({ id: caseId, userId: south.userId });
    expect(sent()).toMatchObject([
      { channels: [userChannel(south.userId)], data: { id: caseId, change: "assigned" } },
      { channels: [organizationChannel(org.organizationId)], data: { entityType: "renewal_case", id: caseId, change: "assigned" } },
    ]);
  });

  it("on escalation reaches the assignee and the person escalated to; a payment and a renewal follow", async () => {
    const agent = callerFor(south).renewals.cases;
    await agent.escalate({ id: caseId, toUserId: org.users.manager.userId, reason: "Premium up 30%" });
    expect(sent()[0]).toMatchObject({ channels: [userChannel(south.userId), userChannel(org.users.manager.userId)], data: { id: caseId, change: "escalated", status: "pending_action" } });

    standIn.requests.length = 0;
    await agent.update({ id: caseId, paymentStatus: "completed", paymentAmount: 1_250, paymentMethod: "card" });
    await agent.markRenewed({ id: caseId, premium: 1_250 });
    expect(sent().map((item) => [item.channels[0], (item.data as { change: string }).change])).toEqual([
      [userChannel(south.userId), "updated"],
      [organizationChannel(org.organizationId), "updated"],
      [userChannel(south.userId), "closed"],
      [organizationChannel(org.organizationId), "closed"],
    ]);
  });

  it("sends nothing for a change that was refused", async () => {
    // The case was renewed above.
    await expect(callerFor(south).renewals.cases.markLost({ id: caseId, reason: "price" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(org.users.viewer).renewals.cases.addNote({ id: caseId, note: "peek" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(org.users.agent).renewals.cases.addNote({ id: caseId, note: "not mine any more" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(sent()).toEqual([]);
  });

  it("signals cases opened in bulk without an id", async () => {
    await seedRenewingPolicy(org.organizationId, org.users.agent.userId, { name: "Another Client" });
    await callerFor(org.users.admin).renewals.cases.openDue();
    expect(sent()).toEqual([{ name: "renewal_case:updated", channels: [organizationChannel(org.organizationId)], data: { entityType: "renewal_case", id: null, change: "created" } }]);
  });
});
