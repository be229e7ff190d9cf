import { db } from "@harbor/db";
import pg from "pg";
import type { ActorInvalidation } from "../services/auth/actor-cache";

// Several web/API instances behind a load balancer each cache actors for 5 s (actor-cache.ts). A
// change that makes a cached actor stale is announced on one Postgres channel; every instance
// LISTENs on it and drops the same entries, so a revoked key or a deactivated user is refused by
// every instance at once rather than within 5 s. Postgres is the store every instance already
// shares, so nothing else (Redis) is needed.

export const ACTOR_INVALIDATION_CHANNEL = "harbor_actor_invalidation";

/** Tells every listening instance (this one included, which already forgot them). */
export async function announceActorInvalidation(target: ActorInvalidation): Promise<void> {
  try {
    await db.$executeRaw`SELECT pg_notify(${ACTOR_INVALIDATION_CHANNEL}, ${JSON.stringify(target)})`;
  } catch (error) {
    // The change itself is committed; other instances drop the stale entry within the cache's 5 s.
    console.warn(`actor cache: could not notify other instances (${(error as Error).message})`);
  }
}

function parseInvalidation(payload: string | undefined): ActorInvalidation | null {
  try {
    const value = JSON.parse(payload ?? "") as Record<string, unknown>;
    for (const key of ["userId", "organizationId", "apiKeyId", "sessionId"] as const) {
      if (typeof value[key] === "string") return { [key]: value[key] } as ActorInvalidation;
    }
  } catch {
    // Not ours.
  }
  return null;
}

export interface ActorSync {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * LISTENs for invalidations on a connection of its own (a direct one: LISTEN does not survive
 * PgBouncer's transaction mode), reconnecting after a second when it drops.
 */
export function startActorSync({ databaseUrl, forget }: { databaseUrl: string; forget: (target: ActorInvalidation) => void }): ActorSync {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async () => {
    const next = new pg.Client({ connectionString: databaseUrl });
    client = next;
    const reconnect = () => {
      if (stopped || client !== next) return;
      client = null;
      next.end().catch(() => undefined);
      retry = setTimeout(() => void connect(), 1_000);
    };
    next.on("error", (error) => {
      console.warn(`actor cache: the LISTEN connection failed (${error.message}); reconnecting`);
      reconnect();
    });
    next.on("end", reconnect);
    next.on("notification", (message) => {
      const target = message.channel === ACTOR_INVALIDATION_CHANNEL ? parseInvalidation(message.payload) : null;
      if (target) forget(target);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ACTOR_INVALIDATION_CHANNEL}`);
      markReady();
    } catch (error) {
      console.warn(`actor cache: cannot LISTEN for invalidations (${(error as Error).message}); retrying`);
      reconnect();
    }
  };
  void connect();

  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
