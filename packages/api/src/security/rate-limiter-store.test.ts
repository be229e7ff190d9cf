import { db } from "@harbor/db";
import { RateLimiterRes } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { RateLimiterPostgres } from "./rate-limiter-store";

// The one-statement store keeps rate-limiter-flexible's fixed window: counted in the database,
// refused past the limit, a new window once the row expired.

describe("RateLimiterPostgres", () => {
  it("counts every request in one row, refuses past the limit, and starts a new window after expiry", async () => {
    const limiter = new RateLimiterPostgres({ keyPrefix: `test-${Date.now()}`, points: 2, duration: 60 });
    const key = "user-1";
    await expect(limiter.consume(key)).resolves.toMatchObject({ consumedPoints: 1, remainingPoints: 1 });
    await Promise.all([limiter.consume(key), limiter.consume(key).catch((rejection: unknown) => rejection)]);
    const refused = await limiter.consume(key).catch((rejection: unknown) => rejection);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(55_000);

    const stored = await db.rateLimit.findUniqueOrThrow({ where: { key: limiter.getKey(key) } });
    expect(stored.points).toBe(4);
    await db.rateLimit.update({ where: { key: stored.key }, data: { expire: new Date(Date.now() - 1_000) } });
    await expect(limiter.consume(key)).resolves.toMatchObject({ consumedPoints: 1, isFirstInDuration: true });
  });
});
