import { readDbEnv } from "../env";
import { isPortAcceptingConnections } from "./port-check";
import { defaultEmbeddedDataDir, startEmbeddedDatabase } from "./start-embedded-database";

/**
 * Runs the embedded database in the foreground until SIGINT/SIGTERM. Prints exactly one
 * "embedded postgres ready at <url>" line on stdout once it accepts connections, which is what a
 * parent process waits for.
 */
async function main(): Promise<void> {
  const env = readDbEnv();
  const host = env.EMBEDDED_DB_HOST;
  const port = env.EMBEDDED_DB_PORT;
  if (await isPortAcceptingConnections(host, port)) {
    console.error(`${host}:${port} already accepts connections: is the embedded database already running?`);
    process.exitCode = 1;
    return;
  }

  const started = performance.now();
  const database = await startEmbeddedDatabase({
    dataDir: env.EMBEDDED_DB_DIR ?? defaultEmbeddedDataDir,
    host,
    port,
  });
  console.info(`embedded postgres ready at ${database.url}`);
  console.error(
    `data in ${database.dataDir}, started in ${Math.round(performance.now() - started)} ms, ` +
      `rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    database.stop().then(
      () => {
        console.error(`embedded postgres stopped (${signal})`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error("embedded postgres did not stop cleanly:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
