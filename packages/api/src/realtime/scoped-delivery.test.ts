import type Pusher from "pusher-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "../access/actor";
import { useAddedUser } from "../testing/pipeline-fixtures";
import { callerFor, useTestOrganization } from "../testing";
import { authorizeAsUser, connectRealtimeClient, useRealtimeStandIn } from "../testing/realtime";
import { organizationChannel, userChannel } from "./channels";

// Every member of an organization holds its channel, so what a colleague changes must reach an
// agent as "which record, what kind of change" only. Through the real pusher-js client, as an
// agent: a teammate's leads, tasks and deals change, and none of their fields arrive on any
// channel the agent holds.

const standIn = useRealtimeStandIn();
const org = useTestOrganization("Scoped Agency");
const colleague = useAddedUser(org, "agent", { sameTeam: true });
let client: Pusher;

interface Received {
  channel: string;
  event: string;
  data: unknown;
}
const received: Received[] = [];

function subscribeAs(actor: UserActor, channelName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = client.subscribe(channelName);
    channel.bind("pusher:subscription_succeeded", () => resolve());
    channel.bind("pusher:subscription_error", (error: unknown) => reject(new Error(`could not subscribe to ${channelName}: ${JSON.stringify(error)}`)));
    channel.bind_global((event: string, data: unknown) => {
      if (!event.startsWith("pusher")) received.push({ channel: channelName, event, data });
    });
  });
}

async function waitForSignals(count: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  const signals = () => received.filter((item) => item.channel === organizationChannel(org.organizationId));
  while (signals().length < count) {
    if (Date.now() > deadline) throw new Error(`only ${signals().length} of ${count} organization events arrived`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // Anything sent to the agent's own channel for the same changes went out before each signal.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

beforeAll(async () => {
  const agent = org.users.agent;
  client = connectRealtimeClient(standIn, authorizeAsUser(agent));
  await Promise.all([subscribeAs(agent, userChannel(agent.userId)), subscribeAs(agent, organizationChannel(org.organizationId))]);
});

afterAll(() => {
  client.disconnect();
});

const secrets = ["Sally Secret", "sally.secret@example.com", "15550001111", "Hidden Co", "4321", "Secret follow-up call", "Secret bundle deal", "98765", "Frank Former", "frank.former@example.com"];

describe("an agent's realtime channels", () => {
  it("carry no field of a colleague's lead, task or deal — only which record changed and how", async () => {
    const teammate = callerFor(colleague);
    const lead = await teammate.crm.leads.create({ kind: "client", name: "Sally Secret", email: "sally.secret@example.com", phone: "+15550001111", company: "Hidden Co", value: 4321 });
    await teammate.crm.leads.update({ id: lead.id, status: "qualified" });
    await teammate.crm.tasks.create({ title: "Secret follow-up call", priority: "high" });
    const deal = await teammate.crm.opportunities.create({ title: "Secret bundle deal", value: 98765 });
    await teammate.crm.opportunities.moveStage({ id: deal.id, stage: "quoted" });
    await waitForSignals(5);

    const organizationEvents = received.filter((item) => item.channel === organizationChannel(org.organizationId));
    for (const { data } of organizationEvents) expect(Object.keys(data as object).sort()).toEqual(["change", "entityType", "id"]);
    expect(organizationEvents.map(({ event, data }) => ({ event, ...(data as object) }))).toEqual([
      { event: "lead:updated", entityType: "lead", id: lead.id, change: "created" },
      { event: "lead:updated", entityType: "lead", id: lead.id, change: "updated" },
      { event: "task:created", entityType: "task", id: expect.any(String) as unknown, change: "created" },
      { event: "opportunity:updated", entityType: "opportunity", id: deal.id, change: "created" },
      { event: "opportunity:updated", entityType: "opportunity", id: deal.id, change: "stage_changed" },
    ]);
    const everything = JSON.stringify(received);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it("stop carrying a lead's fields once it is reassigned away from the agent", async () => {
    const before = received.length;
    const lead = await callerFor(org.users.agent).crm.leads.create({ kind: "client", name: "Frank Former", email: "frank.former@example.com" });
    await waitForSignals(6);
    // Their own lead reaches the agent in full, on their own channel only.
    expect(received.slice(before)).toContainEqual(expect.objectContaining({ channel: userChannel(org.users.agent.userId), data: expect.objectContaining({ id: lead.id }) as unknown }));

    const afterCreate = received.length;
    await callerFor(org.users.manager).crm.leads.assign({ id: lead.id, ownerId: colleague.userId });
    await waitForSignals(7);

    const afterAssign = received.slice(afterCreate).filter((item) => item.event === "lead:updated");
    expect(afterAssign).toEqual([{ channel: organizationChannel(org.organizationId), event: "lead:updated", data: { entityType: "lead", id: lead.id, change: "assigned" } }]);
    expect(JSON.stringify(received.slice(afterCreate))).not.toContain("Frank Former");
  });
});
