import type { AnyProcedure } from "@trpc/server";
import { z } from "zod";
import { handleTrpcRequest } from "../http";
import { appRouter } from "../routers/root";
import type { Meta } from "../trpc";

export interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  access: Meta["access"];
  auditEntity: string | undefined;
  input: z.ZodType | undefined;
  /** What `.output()` declared: the whitelist of what the procedure returns. */
  output: z.ZodType | undefined;
}

/** Every procedure of the app router, flattened to its path, for tests that walk them all. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures)
    .map(([path, procedure]) => {
      const def = procedure._def as unknown as { type: ProcedureInfo["type"]; meta?: Meta; inputs: z.ZodType[]; output?: unknown };
      return {
        path,
        type: def.type,
        access: def.meta?.access ?? "public",
        auditEntity: def.meta?.auditEntity,
        input: def.inputs[0],
        output: def.output instanceof z.ZodType ? def.output : undefined,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Calls a procedure over the tRPC HTTP handler with an API key, as a script would (GET for queries). */
export function sendOverHttp(procedure: Pick<ProcedureInfo, "path" | "type">, apiKey: string, input: unknown): Promise<Response> {
  const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
  const payload = JSON.stringify({ json: input });
  const request =
    procedure.type === "query"
      ? new Request(`http://harbor.test/api/trpc/${procedure.path}?input=${encodeURIComponent(payload)}`, { headers })
      : new Request(`http://harbor.test/api/trpc/${procedure.path}`, { method: "POST", headers, body: payload });
  return handleTrpcRequest(request);
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

/**
 * A schema's output as `dotted.path → type`, one line per field, for snapshots: `[]` is an array
 * element, `{}` a record value, `<n>` the n-th member of a union; `?` optional, `| null` nullable.
 */
export function outputShapeOf(schema: z.ZodType): Record<string, string> {
  const shape: Record<string, string> = {};
  describe(schema, "", shape);
  return shape;
}

function describe(schema: z.ZodType, path: string, shape: Record<string, string>, suffix = ""): void {
  const def = schema._zod.def;
  const at = (name: string) => (path ? `${path}.${name}` : name);
  switch (def.type) {
    case "optional":
      return describe((schema as z.ZodOptional).unwrap() as z.ZodType, path, shape, `${suffix}?`);
    case "nullable":
      return describe((schema as z.ZodNullable).unwrap() as z.ZodType, path, shape, `${suffix} | null`);
    case "default":
      return describe((schema as z.ZodDefault).unwrap() as z.ZodType, path, shape, suffix);
    case "pipe":
      return describe((schema as z.ZodPipe).out as z.ZodType, path, shape, suffix);
    case "lazy":
      // z.json(), the only lazy schema in the outputs: any JSON value.
      shape[path || "(root)"] = `json${suffix}`;
      return;
    case "object":
      if (path) shape[path] = `object${suffix}`;
      for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) describe(field as z.ZodType, at(key), shape);
      return;
    case "array":
      shape[path || "(root)"] = `array${suffix}`;
      return describe((schema as z.ZodArray).element as z.ZodType, `${path}[]`, shape);
    case "record": {
      const record = schema as z.ZodRecord;
      shape[path || "(root)"] = `record<${typeName(record.keyType as z.ZodType)}>${suffix}`;
      return describe(record.valueType as z.ZodType, `${path}{}`, shape);
    }
    case "union":
      shape[path || "(root)"] = `union${suffix}`;
      (schema as z.ZodUnion).options.forEach((option, index) => describe(option as z.ZodType, `${path}<${index}>`, shape));
      return;
    default:
      shape[path || "(root)"] = `${typeName(schema)}${suffix}`;
  }
}

function typeName(schema: z.ZodType): string {
  if (schema instanceof z.ZodEnum) return `enum(${schema.options.join(", ")})`;
  if (schema instanceof z.ZodLiteral) return `literal(${[...schema.values].map(String).join(", ")})`;
  return schema._zod.def.type;
}
