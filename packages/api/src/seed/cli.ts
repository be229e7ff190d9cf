import { db } from "@harbor/db";
import { seedDemoWithScores } from "./seed-demo-scored";

// `npm start` (development) and `npm run seed:demo`: the demo agency into an empty database.
try {
  const started = performance.now();
  const result = await seedDemoWithScores();
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
