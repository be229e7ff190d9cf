import type { UserActor } from "./access/actor";
import { clientIpFrom } from "./client-ip";
import { authenticateApiKey } from "./services/auth/api-keys";
import { loadSessionActor } from "./services/auth/sessions";

export interface Context {
  actor: UserActor | null;
  /** Why a credential that was presented was refused; authed procedures answer UNAUTHORIZED with it. */
  credentialError: string | null;
  ip: string | null;
}

/** What a request's headers are read through: a Fetch `Headers`, or the lean path's reader. */
export type HeaderReader = Pick<Headers, "get">;

export interface CreateContextOptions {
  headers: HeaderReader;
  /** The server-side session (auth_sessions) the session cookie names, resolved by the web app's auth. */
  getSessionId?: () => Promise<string | null | undefined>;
}

/** Builds the request context from an API key (`Authorization: Bearer hbr_…`) or a session. */
export async function createContext({ headers, getSessionId }: CreateContextOptions): Promise<Context> {
  const ip = clientIpFrom(headers);
  const authorization = headers.get("authorization");
  if (authorization) {
    const [scheme, key] = authorization.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !key) {
      return { actor: null, credentialError: "Authorization header must be `Bearer <api key>`", ip };
    }
    const actor = await authenticateApiKey(key);
    return { actor, credentialError: actor ? null : "API key is invalid or revoked", ip };
  }
  const sessionId = await getSessionId?.();
  if (!sessionId) return { actor: null, credentialError: null, ip };
  const actor = await loadSessionActor(sessionId);
  return { actor, credentialError: actor ? null : "Your session has ended (signed out elsewhere, password changed or account deactivated): sign in again", ip };
}
