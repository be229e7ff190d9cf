import { getToken } from "next-auth/jwt";
import { webEnv } from "../env";

// The server-side session (auth_sessions) a request's next-auth session cookie names, for the API served in front of
// Next.js (server.ts): the same JWT next-auth's `auth()` decodes (encrypted with AUTH_SECRET,
// salted with the cookie's name), read straight from the Cookie header. Only called for a request
// without an API key, so a script's bearer call never decodes a session.

const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

export async function sessionIdFrom(headers: Headers): Promise<string | null> {
  const cookie = headers.get("cookie");
  if (!cookie?.includes(SESSION_COOKIE)) return null;
  // next-auth names the cookie __Secure-… when the app is served over https.
  const secureCookie = cookie.includes(SECURE_SESSION_COOKIE);
  const token = await getToken({ req: { headers: new Headers({ cookie }) }, secret: webEnv().AUTH_SECRET, secureCookie });
  return typeof token?.sid === "string" ? token.sid : null;
}
