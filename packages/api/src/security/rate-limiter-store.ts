import { db, Prisma } from "@harbor/db";
import { RateLimiterPrisma } from "rate-limiter-flexible";

// rate-limiter-flexible's Prisma store, counting in one statement instead of two. The library's
// store deletes an expired row, then upserts (two round trips a request); on a loaded database
// those were most of an AI request's overhead. This writes the same `rate_limits` rows with the
// same fixed-window meaning: an expired row starts a new window, any other is incremented in the
// database, so concurrent requests are all counted.

interface StoredCount {
  key: string;
  points: number;
  expire: Date | null;
}

export class RateLimiterPostgres extends RateLimiterPrisma {
  constructor(options: Omit<ConstructorParameters<typeof RateLimiterPrisma>[0], "storeClient" | "tableName">) {
    super({ ...options, storeClient: db, tableName: "rateLimit" });
  }

  // Overrides the store's write; called by consume/penalty/reward/set/block.
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<StoredCount> {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const restart = forceExpire ? Prisma.sql`true` : Prisma.sql`rate_limits.expire IS NOT NULL AND rate_limits.expire <= ${now}`;
    const [row] = await db.$queryRaw<StoredCount[]>`
      INSERT INTO rate_limits (key, points, expire) VALUES (${key}, ${points}, ${expire})
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN ${restart} THEN EXCLUDED.points ELSE rate_limits.points + EXCLUDED.points END,
        expire = CASE WHEN ${restart} THEN EXCLUDED.expire ELSE rate_limits.expire END
      RETURNING key, points, expire`;
    return row!;
  }
}
