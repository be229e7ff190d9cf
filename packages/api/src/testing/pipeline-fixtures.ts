import { db, type Role } from "@harbor/db";
import { beforeAll } from "vitest";
import type { UserActor } from "../access/actor";
import { callerFor, uniqueSuffix, type TestOrganization } from "./factories";
import type { RealtimeStandIn } from "./realtime";

// Test fixtures for the contacts, policies, opportunities and tasks tests: more people than
// createTestOrganization's one per role (an agent on another team), and the events the realtime
// stand-in received.

/** A user of the organization on a team of its own (or the organization's North team when `sameTeam`). */
export async function addUser(org: TestOrganization, role: Role, { sameTeam = false } = {}): Promise<UserActor> {
  const suffix = uniqueSuffix();
  const teamId = sameTeam
    ? org.teamId
    : (await db.team.create({ data: { organizationId: org.organizationId, name: `South ${suffix}` } })).id;
  const user = await db.user.create({
    data: { organizationId: org.organizationId, teamId, email: `${role}-${suffix}@test.harbor.local`, name: `Other ${role} ${suffix}`, role, passwordHash: "unused" },
  });
  return { kind: "user", userId: user.id, organizationId: org.organizationId, role, teamId, email: user.email, name: user.name, via: "session" };
}

/**
 * addUser for the tests of a file (or describe block), after `org` (from useTestOrganization)
 * exists; the returned actor is filled in once the user does.
 */
export function useAddedUser(org: TestOrganization, role: Role, options: { sameTeam?: boolean } = {}): UserActor {
  const actor = {} as UserActor;
  beforeAll(async () => {
    Object.assign(actor, await addUser(org, role, options));
  });
  return actor;
}

/** Where most record tests start: the organization's agent as a caller, and a contact the agent created (so owns). */
export async function agentWithContact(org: TestOrganization, contact: Parameters<ReturnType<typeof callerFor>["crm"]["contacts"]["create"]>[0]) {
  const agent = callerFor(org.users.agent);
  return { agent, contact: await agent.crm.contacts.create(contact) };
}

/** crm.policies.create's input: an auto policy of the contact, 2025-06-01 to 2026-06-01, with a unique number; `overrides` replace any field. */
export const policyInput = (contactId: string, overrides: Record<string, unknown> = {}) => ({
  contactId,
  policyNumber: `POL-${uniqueSuffix()}`,
  type: "auto" as const,
  carrier: "Acme Mutual",
  premium: 1_200,
  startDate: new Date("2025-06-01"),
  endDate: new Date("2026-06-01"),
  ...overrides,
});

export interface PublishedEvent {
  name: string;
  channels: string[];
  data: Record<string, unknown>;
}

/** The events the stand-in accepted (signature checked), decoded from the events API bodies. */
export function publishedEvents(standIn: RealtimeStandIn): PublishedEvent[] {
  return standIn.requests
    .filter((request) => request.status === 200 && request.path.endsWith("/events"))
    .map((request) => {
      const body = JSON.parse(request.body) as { name: string; channels: string[]; data: string };
      return { name: body.name, channels: body.channels, data: JSON.parse(body.data) as Record<string, unknown> };
    });
}

/** The organization's copy of a record event: which record changed and how, nothing else. */
export const isSignal = (event: PublishedEvent) => event.channels.every((channel) => channel.startsWith("private-org-"));

/** Every channel some copy of these events reached, sorted. */
export const channelsReached = (events: PublishedEvent[]) => events.flatMap((event) => event.channels).sort();

export const fieldErrorsOf = (error: unknown) => (error as { cause?: { details?: { fieldErrors?: Record<string, string[]> } } }).cause?.details?.fieldErrors;

export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
