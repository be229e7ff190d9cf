import { readDbEnv } from "@harbor/db/env";
import { startActorSync, type ActorSync } from "../cluster/actor-sync";
import { apiEnv } from "../env";
import { forgetActorsHere } from "../services/auth/actor-cache";

/**
 * What a web/API process starts so that N of them behind a load balancer act as one: actor-cache
 * invalidations from the others (Postgres LISTEN). Null when DATABASE_LISTEN_URL is "off" (the
 * embedded database, one instance).
 */
export function startInstanceSync(): ActorSync | null {
  const databaseUrl = apiEnv().DATABASE_LISTEN_URL ?? readDbEnv().DATABASE_URL;
  if (!databaseUrl || databaseUrl === "off") return null;
  return startActorSync({ databaseUrl, forget: forgetActorsHere });
}
