import type { Database } from "@harbor/db";
import { DEMO_PASSWORD, findDemoCredentials } from "@harbor/db/seed";
import type { WebEnv } from "~/env";

// What a public deployment must not run with. "Production" is HARBOR_ENV=production, or — when
// HARBOR_ENV is unset — NODE_ENV=production, so a bare `next start` deployment is checked by
// default; `npm start` on a laptop sets HARBOR_ENV=development (scripts/start.mjs).

/** Secrets that are published (in this repository's scripts) and so sign nothing. */
const PUBLISHED_SECRETS = new Set(["test-build-secret-that-is-long-enough-0123"]);

export function isProduction(env: Pick<WebEnv, "HARBOR_ENV" | "NODE_ENV">): boolean {
  return (env.HARBOR_ENV ?? (env.NODE_ENV === "production" ? "production" : "development")) === "production";
}

const isLocalHost = (hostname: string) => hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]" || hostname.endsWith(".localhost");

/** Configuration a production start refuses, one line each. */
export function productionConfigProblems(env: Pick<WebEnv, "AUTH_SECRET" | "AUTH_URL">): string[] {
  const problems: string[] = [];
  // 12 distinct characters rules out placeholders like "xxxx…" or "0000…" that pass the length check.
  if (PUBLISHED_SECRETS.has(env.AUTH_SECRET) || new Set(env.AUTH_SECRET).size < 12) {
    problems.push("AUTH_SECRET is a default or placeholder value: set it to a random string (openssl rand -base64 32)");
  }
  if (env.AUTH_URL) {
    const url = new URL(env.AUTH_URL);
    if (url.protocol === "http:" && !isLocalHost(url.hostname)) {
      problems.push(`AUTH_URL=${env.AUTH_URL} is plain http: session cookies would cross the network unencrypted; use https://`);
    }
  }
  return problems;
}

/** Demo logins whose password is still the published one, as one refusal line. */
export async function demoCredentialProblems(db: Database): Promise<string[]> {
  const open = await findDemoCredentials(db);
  if (open.length === 0) return [];
  return [
    `demo logins still have the published password "${DEMO_PASSWORD}" (${open.join(", ")}): change their passwords or delete them before running in production`,
  ];
}
