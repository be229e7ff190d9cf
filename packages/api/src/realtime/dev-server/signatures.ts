import { createHash, createHmac, timingSafeEqual } from "node:crypto";

// The two signatures of the Pusher protocol, checked the way Pusher checks them.

export const hmacHex = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("hex");

export const md5Hex = (text: string | Buffer) => createHash("md5").update(text).digest("hex");

export function safeEqual(actual: string, expected: string): boolean {
  const a = Buffer.from(actual);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface AppCredentials {
  appId: string;
  key: string;
  secret: string;
}

/** Requests older or newer than this are refused, as Pusher does. */
export const MAX_CLOCK_SKEW_SECONDS = 600;

export type SignatureCheck = { ok: true } | { ok: false; status: 400 | 401; message: string };

/**
 * The HTTP API's request signature: HMAC-SHA256(secret, "METHOD\n<path>\n<query>") where the query
 * is every parameter but auth_signature, sorted by key, as `key=value` joined by `&`.
 */
export function checkApiSignature(
  request: { method: string; path: string; query: URLSearchParams; body: Buffer },
  credentials: AppCredentials,
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const query = request.query;
  const missing = ["auth_key", "auth_timestamp", "auth_version", "auth_signature"].filter((name) => !query.get(name));
  if (request.body.length > 0 && !query.get("body_md5")) missing.push("body_md5");
  if (missing.length > 0) return { ok: false, status: 401, message: `Missing authentication parameters: ${missing.join(", ")}` };
  if (query.get("auth_version") !== "1.0") return { ok: false, status: 401, message: "Unsupported auth_version (expected 1.0)" };
  if (query.get("auth_key") !== credentials.key) return { ok: false, status: 401, message: "Unknown auth_key" };

  const timestamp = Number(query.get("auth_timestamp"));
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, status: 401, message: `Timestamp expired: auth_timestamp must be within ${MAX_CLOCK_SKEW_SECONDS} s of the server's time (${nowSeconds})` };
  }
  if (request.body.length > 0 && !safeEqual(query.get("body_md5")!, md5Hex(request.body))) {
    return { ok: false, status: 401, message: "body_md5 does not match the request body" };
  }

  const signed = [...query.entries()]
    .filter(([name]) => name !== "auth_signature")
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
  const expected = hmacHex(credentials.secret, `${request.method.toUpperCase()}\n${request.path}\n${signed}`);
  if (!safeEqual(query.get("auth_signature")!, expected)) {
    return { ok: false, status: 401, message: "Invalid signature: auth_signature does not match the request" };
  }
  return { ok: true };
}

/** A private channel's subscription auth: "<key>:" + HMAC-SHA256(secret, "<socket_id>:<channel>"). */
export function channelAuthIsValid(auth: unknown, socketId: string, channel: string, credentials: AppCredentials): boolean {
  if (typeof auth !== "string") return false;
  const expected = `${credentials.key}:${hmacHex(credentials.secret, `${socketId}:${channel}`)}`;
  return safeEqual(auth, expected);
}
