import { z } from "zod";

export class EnvError extends Error {
  override name = "EnvError";
}

/**
 * Validates a slice of the environment against a zod schema. A missing or malformed variable
 * throws an EnvError whose message names every offending variable, so start-up stops with a line
 * a person can act on instead of a stack trace from deep inside a library.
 */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined> = process.env,
): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    const value = issue.path.length === 1 ? source[String(issue.path[0])] : undefined;
    return value === undefined
      ? `  ${name} is missing or invalid: ${issue.message}`
      : `  ${name}=${JSON.stringify(value)} is invalid: ${issue.message}`;
  });
  throw new EnvError(`Harbor cannot start, the environment is invalid:\n${lines.join("\n")}`);
}

/** Empty strings in .env files mean "not set". */
export const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const nodeEnv = z.enum(["development", "test", "production"]).default("development");
