import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  typedRoutes: true,
  poweredByHeader: false,
  // `npm test` type-checks apps/web just before it builds (scripts/test.mjs); other builds check.
  typescript: { ignoreBuildErrors: process.env.HARBOR_WEB_TYPECHECKED === "1" },
  // Pages load when first requested rather than all at start: the server (server.ts) also holds
  // the API, and loading every page's bundle up front cost ~50 MB of its RSS.
  experimental: { preloadEntriesOnStart: false },
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@harbor/api", "@harbor/db", "@harbor/ai", "@harbor/config"],
  // Native addons, the database driver and SDKs that read their own files at run time stay
  // outside the bundle and are loaded from node_modules.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "@prisma/client",
    "inngest",
    "pusher",
    "rate-limiter-flexible",
  ],
};

export default nextConfig;
