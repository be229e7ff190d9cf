// What a bulk action's answer ({ updated, unchanged, skipped }) tells the person who ran it.

export interface BulkResult {
  updated: number;
  unchanged: number;
  skipped: number;
}

/** The singular and plural noun of a list's records: ["lead", "leads"]. */
export type Nouns = readonly [string, string];

const count = (value: number, [one, many]: Nouns) => `${value.toLocaleString("en-US")} ${value === 1 ? one : many}`;

/** "Assigned 3 leads; 1 already so; 2 skipped (outside what you may change)." — `done` words the change. */
export function describeBulkResult(done: (records: string) => string, result: BulkResult, nouns: Nouns): string {
  const parts = [done(count(result.updated, nouns))];
  if (result.unchanged > 0) parts.push(`${result.unchanged.toLocaleString("en-US")} already so`);
  if (result.skipped > 0) parts.push(`${result.skipped.toLocaleString("en-US")} skipped (outside what you may change)`);
  return `${parts.join("; ")}.`;
}
