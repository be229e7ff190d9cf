// `npm run seed:demo`: the demo agency (published logins, password harbor-demo) on purpose, in any
// environment — e.g. a staging database. Like `npm start` in development, it writes only into a
// database with no organization yet and never touches existing users.
const { ensureDependencies, ensureEmbeddedDatabase, ensurePrismaClient, embeddedDatabaseEnv, tsx } = await import("./lib.mjs");

ensureDependencies();
ensurePrismaClient();
const embedded = process.env.DATABASE_URL ? null : await ensureEmbeddedDatabase();
try {
  const env = process.env.DATABASE_URL ? {} : embeddedDatabaseEnv();
  tsx(["packages/db/src/migrate/cli.ts", "deploy"], { env });
  tsx(["packages/api/src/seed/cli.ts"], { env });
} finally {
  embedded?.kill("SIGTERM");
}
