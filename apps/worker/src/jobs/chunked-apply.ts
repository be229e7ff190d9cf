import type { JobStep, Json } from "@harbor/api/jobs";

/** More chunks than a file can have (the import's row limit over the chunk size) ends a run that stopped making progress. */
const MAX_CHUNKS = 1_000;

/**
 * Applies a staged file's rows in named steps — `begin`, one `apply-rows-<n>` a chunk until none
 * remain, `finish` — and returns the finish outcome with the number of chunks. Each chunk marks
 * its rows applied in its own transaction, so a retried run skips what is done and goes on where
 * it stopped.
 */
export async function applyInChunks<TChunk extends { remaining: number } & Json, TOutcome extends { [key: string]: Json }>(
  step: JobStep,
  { begin, applyChunk, finish }: { begin: () => Promise<Json>; applyChunk: () => Promise<TChunk>; finish: () => Promise<TOutcome> },
): Promise<{ chunks: number } & TOutcome> {
  await step.run("begin", begin);
  let chunks = 0;
  for (let index = 1; index <= MAX_CHUNKS; index += 1) {
    const { remaining } = await step.run(`apply-rows-${index}`, applyChunk);
    chunks = index;
    if (remaining === 0) break;
  }
  const outcome = await step.run("finish", finish);
  return { chunks, ...outcome };
}
