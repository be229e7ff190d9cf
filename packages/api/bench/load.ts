// A closed-loop load generator: `concurrency` clients, each sending its next request as soon as
// the previous one answers, for `durationMs`. Every latency is kept, so percentiles are exact.

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function runLoad({
  concurrency,
  durationMs,
  warmupMs = 1_000,
  request,
}: {
  concurrency: number;
  durationMs: number;
  warmupMs?: number;
  request: (client: number, iteration: number) => Promise<boolean>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnds = performance.now() + warmupMs;
  const ends = warmupEnds + durationMs;

  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let iteration = 0; performance.now() < ends; iteration++) {
        const started = performance.now();
        const ok = await request(client, iteration).catch(() => false);
        const finished = performance.now();
        if (started < warmupEnds) continue;
        if (ok) latencies.push(finished - started);
        else errors += 1;
      }
    }),
  );

  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length + errors,
    errors,
    requestsPerSecond: Math.round(((latencies.length + errors) / durationMs) * 1000),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    max: round(latencies.at(-1) ?? Number.NaN),
  };
}
