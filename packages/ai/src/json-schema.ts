import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/**
 * Converts a zod schema to the JSON Schema Gemini accepts in `responseJsonSchema` and
 * `parametersJsonSchema`. The input side is used because that is what the model's JSON is parsed
 * against; types JSON cannot express (dates, transforms) become "any" instead of throwing, and
 * zod's refinement then has the last word.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return rest;
}
