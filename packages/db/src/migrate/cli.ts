import { readDatabaseEnv } from "../env";
import { createMigration } from "./create-migration";
import { lastEnginePanic } from "./load-engine";
import { migrateDeploy } from "./migrate-deploy";
import { migrationStatus } from "./migration-status";

const usage = `usage: tsx src/migrate/cli.ts <command>
  deploy        apply pending migrations to DATABASE_URL
  status        compare DATABASE_URL's migration history with prisma/migrations
  new <name>    write the migration from prisma/migrations to prisma/schema
                (replayed on a shadow database created next to DATABASE_URL)`;

const log = (message: string) => console.info(message);

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== "deploy" && command !== "status" && command !== "new") {
    console.error(usage);
    return 2;
  }
  const env = readDatabaseEnv();
  const databaseUrl = env.DATABASE_URL;

  if (command === "deploy") {
    const started = performance.now();
    const applied = await migrateDeploy({ databaseUrl, log });
    log(`${applied.length} applied in ${Math.round(performance.now() - started)} ms`);
    return 0;
  }

  if (command === "status") {
    const status = await migrationStatus({ databaseUrl });
    const count = status.localMigrationNames.length;
    log(`${count} migration${count === 1 ? "" : "s"} in the folder`);
    for (const name of status.unappliedMigrationNames) log(`not applied: ${name}`);
    for (const name of status.unpersistedMigrationNames) log(`applied but missing from the folder: ${name}`);
    for (const name of status.failedMigrationNames) log(`failed: ${name}`);
    for (const name of status.editedMigrationNames) log(`edited after it was applied: ${name}`);
    log(status.upToDate ? "database schema is up to date" : "database schema is not up to date");
    return status.upToDate ? 0 : 1;
  }

  const name = rest.join("_");
  if (!name) {
    console.error("usage: tsx src/migrate/cli.ts new <name>");
    return 2;
  }
  await createMigration({ databaseUrl, name, shadowDatabaseUrl: env.SHADOW_DATABASE_URL, log });
  return 0;
}

process.on("uncaughtException", (error) => {
  const panic = lastEnginePanic();
  console.error(panic ? `schema engine panicked: ${panic}` : error);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
