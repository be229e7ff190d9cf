import { createDatabase } from "../client";
import { readDatabaseEnv } from "../env";
import { seedDemo } from "./seed-demo";

const env = readDatabaseEnv();
const db = createDatabase({ databaseUrl: env.DATABASE_URL, maxConnections: 2, preparedStatements: env.DATABASE_PREPARED_STATEMENTS });
try {
  const started = performance.now();
  const result = await seedDemo(db);
  const took = Math.round(performance.now() - started);
  if (result.created) {
    const summary = Object.entries(result.counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(", ");
    console.info(`seed: created Harbor Demo Agency (${summary}) in ${took} ms`);
  } else {
    console.info("seed: the database already has an organization; nothing seeded, no login changed");
  }
} finally {
  await db.$disconnect();
}
