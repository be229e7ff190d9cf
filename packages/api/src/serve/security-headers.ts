import { realtimeConfig } from "../realtime/config";

// The security headers every answer carries, pages and API alike (apps/web/server.ts sets them
// before either answers). A page's Content-Security-Policy is per request, with a nonce for the
// scripts Next.js writes inline (apps/web/src/proxy.ts); an API answer is data and may load and
// be framed by nothing.

export interface SecurityHeaderOptions {
  /** HSTS only in production: a browser would remember it for the local http:// address too. */
  production: boolean;
}

export function securityHeaders({ production }: SecurityHeaderOptions): Record<string, string> {
  return {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    ...(production ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

export interface PageCspOptions {
  nonce: string;
  /** `next dev` evaluates code it sends (React's debugging, fast refresh). */
  development: boolean;
  /** Where the browser may open live-update sockets (the Pusher host), besides this origin. */
  connectSources: string[];
}

export function pageContentSecurityPolicy({ nonce, development, connectSources }: PageCspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes in server-rendered HTML; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSources].join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The socket origins pusher-js connects to under the realtime configuration (realtime/config.ts). */
export function realtimeConnectSources(): string[] {
  const config = realtimeConfig();
  if (!config) return [];
  if (config.host) {
    const address = `${config.host}${config.port ? `:${config.port}` : ""}`;
    return config.useTLS ? [`wss://${address}`, `https://${address}`] : [`ws://${address}`, `http://${address}`];
  }
  return [`wss://ws-${config.cluster}.pusher.com`, `https://sockjs-${config.cluster}.pusher.com`];
}
