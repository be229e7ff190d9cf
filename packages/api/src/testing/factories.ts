import { randomBytes } from "node:crypto";
import { db, type Role } from "@harbor/db";
import { hashPassword } from "@harbor/db/password";
import { beforeAll } from "vitest";
import type { UserActor } from "../access/actor";
import { createContext } from "../context";
import { appRouter } from "../routers/root";
import { createSession } from "../services/auth/sessions";
import { createCallerFactory } from "../trpc";

// Test factories: every test builds its own organization with unique emails, so test files run
// in parallel against their own database without cleaning up after each other.

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export interface TestOrganization {
  organizationId: string;
  teamId: string;
  users: Record<Role, UserActor>;
}

const roles: Role[] = ["admin", "manager", "agent", "viewer", "compliance"];

export async function createTestOrganization(name = "Test Agency"): Promise<TestOrganization> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = uniqueSuffix();
  const organization = await db.organization.create({ data: { name, slug: `test-${suffix}` } });
  const team = await db.team.create({ data: { organizationId: organization.id, name: "North" } });
  const users = {} as Record<Role, UserActor>;
  for (const role of roles) {
    const user = await db.user.create({
      data: {
        organizationId: organization.id,
        teamId: team.id,
        email: `${role}-${suffix}@test.harbor.local`,
        name: `${role[0]!.toUpperCase()}${role.slice(1)} ${suffix}`,
        role,
        passwordHash: await passwordHash,
      },
    });
    users[role] = {
      kind: "user",
      userId: user.id,
      organizationId: organization.id,
      role,
      teamId: team.id,
      email: user.email,
      name: user.name,
      via: "session",
    };
  }
  return { organizationId: organization.id, teamId: team.id, users };
}

/**
 * An organization for the tests of a file (or describe block), created before them; the returned
 * object is filled in once it exists, so later beforeAll hooks and the tests can read it.
 */
export function useTestOrganization(name?: string): TestOrganization {
  const org = {} as TestOrganization;
  beforeAll(async () => {
    Object.assign(org, await createTestOrganization(name));
  });
  return org;
}

const createCaller = createCallerFactory(appRouter);

/** A server-side caller acting as the given user (or anonymous), through the real middleware. */
export function callerFor(actor: UserActor | null) {
  return createCaller({ actor, credentialError: null, ip: "127.0.0.1" });
}

/** A caller whose context is built from request headers, as the HTTP handler builds it. */
export async function callerForHeaders(headers: Record<string, string>) {
  return createCaller(await createContext({ headers: new Headers(headers) }));
}

/** Opens a server-side session for a test user, as signing in does; returns its id (the JWT's). */
export async function openSessionFor(actor: UserActor, { ip = "127.0.0.1", userAgent = "vitest" }: { ip?: string; userAgent?: string } = {}): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } });
  return createSession({ userId: actor.userId, organizationId: actor.organizationId, sessionVersion, ip, userAgent });
}

/** A caller whose context is built from a session id, as the web app's route handlers build it. */
export async function callerForSession(sessionId: string, headers: Record<string, string> = {}) {
  return createCaller(await createContext({ headers: new Headers(headers), getSessionId: async () => sessionId }));
}
