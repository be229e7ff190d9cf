import type { Prisma } from "@harbor/db";

type EffectWriter = Pick<Prisma.TransactionClient, "jobEffect">;

/**
 * Claims side effects that must happen once (a reminder, keyed by what it is about), inside the
 * transaction that performs them: returns the keys not claimed before. A retried step, a second
 * delivery of the same event or two runs at once all find the key taken, so nothing is done twice;
 * if the transaction rolls back, the claim goes with it and a retry does the work.
 */
export async function claimEffects(writer: EffectWriter, organizationId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const claimed = await writer.jobEffect.createManyAndReturn({
    data: keys.map((key) => ({ organizationId, key })),
    skipDuplicates: true,
    select: { key: true },
  });
  return new Set(claimed.map((row) => row.key));
}
