import type { Prisma } from "@harbor/db";

// Case numbers REN-<year>-<seq>: the sequence is per organization and year, taken from
// renewal_case_counters with one upsert that adds the count and returns the new last number. The
// row lock of the upsert orders concurrent takers, so two never get the same numbers (an unused
// reservation, e.g. a rolled-back transaction, only leaves a gap).

export const formatCaseNumber = (year: number, sequence: number) => `REN-${year}-${String(sequence).padStart(4, "0")}`;

export async function takeCaseNumbers(tx: Prisma.TransactionClient, organizationId: string, count: number, now = new Date()): Promise<string[]> {
  if (count <= 0) return [];
  const year = now.getUTCFullYear();
  const [{ last }] = await tx.$queryRaw<[{ last: number }]>`
    INSERT INTO renewal_case_counters (organization_id, year, last_number) VALUES (${organizationId}::uuid, ${year}, ${count})
    ON CONFLICT (organization_id, year) DO UPDATE SET last_number = renewal_case_counters.last_number + EXCLUDED.last_number
    RETURNING last_number AS last`;
  return Array.from({ length: count }, (_, index) => formatCaseNumber(year, last - count + index + 1));
}
