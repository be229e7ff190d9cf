import { z } from "zod";

// How a record carries its explainable scores (ARCHITECTURE.md "Explainable scores"): a list row
// the number and its band, a record's page the stored score with the factors that explain it.

const confidenceSchema = z.enum(["high", "medium", "low"]);

export const scoreFactorOutput = z.object({
  name: z.string(),
  weight: z.number(),
  value: z.number(),
  direction: z.enum(["raises", "lowers", "neutral"]),
  explanation: z.string(),
});

/** A stored score, as the last recompute wrote it; null until the record is first scored. */
export const storedScoreOutput = z
  .object({
    score: z.number(),
    band: z.string(),
    confidence: confidenceSchema.nullable(),
    factors: z.array(scoreFactorOutput),
    computedAt: z.date(),
  })
  .nullable();

/** A list's score: the denormalized number and the band its thresholds give it. */
export const listedScoreOutput = z.object({ score: z.number(), band: z.string() });

export const listedProbabilityOutput = listedScoreOutput.extend({ confidence: confidenceSchema.nullable() });
