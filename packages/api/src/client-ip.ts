import { apiEnv } from "./env";

/**
 * The client's address, the one place Harbor reads it. Each of the `trustedProxyHops` proxies in
 * front of Harbor appends the address it was reached from to X-Forwarded-For, so the client's is
 * that many entries from the right; anything left of it was written by the client and is ignored.
 * Next's own server writes the header (the socket address) only when the request has none, so
 * the default of one hop also serves a bare `next start`. Null when no address is known.
 */
export function clientIpFrom(headers: Pick<Headers, "get">, trustedProxyHops: number = apiEnv().TRUSTED_PROXY_HOPS): string | null {
  const hops = Math.max(trustedProxyHops, 1);
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(forwarded.length - hops, 0)] ?? null;
  return headers.get("x-real-ip")?.trim() || null;
}
