import type { AnyProcedure } from "@trpc/server";
import { z } from "zod";
import { appRouter } from "../routers/root";
import type { Meta } from "../trpc";

export interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Meta["access"];
  input: z.ZodType | undefined;
}

/** Every procedure of the app router, flattened to its path, for tests that walk them all. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures)
    .map(([path, procedure]) => {
      const def = procedure._def as unknown as { type: ProcedureInfo["type"]; meta?: Meta; inputs: z.ZodType[] };
      return { path, type: def.type, access: def.meta?.access ?? "public", input: def.inputs[0] };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The object shape behind an input schema, looking through .optional() and .default(). */
export function objectShapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | null {
  let current: unknown = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current instanceof z.ZodObject ? (current.shape) : null;
}

/** Calls a procedure by its dotted path on a caller built with createCallerFactory. */
export function callByPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}
