import { randomUUID } from "node:crypto";
import type { Role } from "@harbor/db";
import { beforeAll, describe, expect, it } from "vitest";
import { type z } from "zod";
import { createApiKey } from "../services/auth/api-keys";
import { createTestOrganization, useApiEnv } from "../testing";
import { listProcedures, sendOverHttp, type ProcedureInfo } from "../testing/procedures";

// Every procedure × every role fed malformed input derived from its zod input schema, over the
// tRPC HTTP handler as a client would send it: a plausible input is built from the schema, then
// one field at a time is replaced by a value of the wrong type, an empty, huge, negative,
// non-finite-looking, control-character or injection-shaped value, an unknown enum member, a
// bad id; the whole input is also sent empty, as an array and with unknown keys. Whatever the
// input and role, the answer is below 500. Seeded, so a failure reproduces.

const roles: Role[] = ["admin", "manager", "agent", "viewer", "compliance"];
/** Inputs per procedure and role; the seed varies them across roles. */
const INPUTS_PER_CALL = 6;

function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hashOf = (text: string) => [...text].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 7);

type Schema = z.core.$ZodType;
const defOf = (schema: Schema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** A value the schema would plausibly accept (not guaranteed: refinements are not read). */
function plausible(schema: Schema, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return plausible(def.innerType as Schema, depth);
    case "pipe":
      return plausible(def.in as Schema, depth);
    case "lazy":
      return depth > 3 ? null : plausible((def.getter as () => Schema)(), depth + 1);
    case "object": {
      const shape = (def.shape ?? {}) as Record<string, Schema>;
      return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, plausible(field, depth + 1)]));
    }
    case "array":
      return depth > 3 ? [] : [plausible(def.element as Schema, depth + 1)];
    case "record":
      return {};
    case "union":
      return plausible((def.options as Schema[])[0]!, depth);
    case "intersection":
      return { ...(plausible(def.left as Schema, depth) as object), ...(plausible(def.right as Schema, depth) as object) };
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "string": {
      const format = (schema as { format?: string | null }).format;
      if (format === "uuid" || format === "guid") return randomUUID();
      if (format === "email") return "fuzz@example.com";
      if (format === "url") return "https://example.com/";
      if (format === "datetime") return new Date().toISOString();
      if (format === "date") return "2026-01-01";
      return "fuzz";
    }
    case "number":
    case "int":
      return 1;
    case "bigint":
      return "1";
    case "boolean":
      return true;
    case "date":
      return new Date().toISOString();
    default:
      return null;
  }
}

const malformedValues: unknown[] = [
  { wrong: "type" },
  [],
  "",
  "x".repeat(100_000),
  -1,
  1e308,
  -0.5,
  "NaN",
  "\u0000\u0001\u202e",
  "' OR 1=1; DROP TABLE leads; --",
  "../../../../etc/passwd",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "9999-99-99T99:99:99Z",
  null,
  true,
  Array.from({ length: 5_000 }, () => "a"),
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
];

/** Malformed inputs for one procedure: whole-input shapes, then one field at a time. */
function malformedInputs(procedure: ProcedureInfo, random: () => number): unknown[] {
  const base = procedure.input ? plausible(procedure.input) : undefined;
  const whole: unknown[] = [undefined, {}, [], "text", 42, { ...(base as object), unexpectedKey: "x" }];
  const fieldLevel: unknown[] = [];
  if (base && typeof base === "object" && !Array.isArray(base)) {
    for (const key of Object.keys(base)) {
      for (const value of malformedValues) fieldLevel.push({ ...base, [key]: value });
    }
  }
  const pool = [...whole, ...fieldLevel];
  const picked: unknown[] = [];
  for (let index = 0; index < INPUTS_PER_CALL && pool.length > 0; index += 1) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return picked;
}

let keys: Record<Role, string>;

// Thousands of calls a minute through each key: the per-key limit would answer 429 to most.
useApiEnv({ API_KEY_RATE_LIMIT_PER_MINUTE: "1000000" });

beforeAll(async () => {
  const org = await createTestOrganization("Fuzz Agency");
  const entries = await Promise.all(roles.map(async (role) => [role, (await createApiKey({ actor: org.users[role], name: `fuzz ${role}`, scope: "admin" })).key] as const));
  keys = Object.fromEntries(entries) as Record<Role, string>;
});

async function send(procedure: ProcedureInfo, key: string, input: unknown) {
  const response = await sendOverHttp(procedure, key, input);
  const text = await response.text();
  return { status: response.status, text };
}

describe("zod fuzz: every procedure × every role", () => {
  // Auth procedures that end the key's own user session or keys would stop the rest of the run.
  const skipped = new Set(["auth.sessions.revokeAll", "auth.sessions.revoke", "auth.password.change", "settings.apiKeys.revoke"]);
  const procedures = listProcedures().filter((procedure) => procedure.type !== "subscription" && !skipped.has(procedure.path));

  it.each(procedures.map((procedure) => [procedure.path, procedure] as const))("%s answers malformed input below 500 for every role", async (path, procedure) => {
    const failures: string[] = [];
    for (const role of roles) {
      const random = prng(hashOf(`${path}:${role}`));
      for (const input of malformedInputs(procedure, random)) {
        const { status, text } = await send(procedure, keys[role], input);
        if (status >= 500) failures.push(`${role} ${JSON.stringify(input)?.slice(0, 200)} → ${status} ${text.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses a NUL character anywhere in the input with 400 naming the field (the database cannot store one)", async () => {
    const search = listProcedures().find((procedure) => procedure.path === "crm.knowledge.search")!;
    const { status, text } = await send(search, keys.agent, { q: "policy\u0000" });
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { json: { message: "q: must not contain a NUL character (U+0000)", data: { appCode: "VALIDATION_ERROR", fieldErrors: { q: [expect.any(String)] } } } } });
    const create = listProcedures().find((procedure) => procedure.path === "crm.contacts.create")!;
    const nested = await send(create, keys.agent, { name: "Nul Tags", tags: ["ok", "bad\u0000"] });
    expect(nested.status).toBe(400);
    expect(nested.text).toContain("tags.1: must not contain a NUL character");
  });

  it("fuzzes every procedure but the few that end the calling key's own access", () => {
    expect(procedures.length).toBeGreaterThan(150);
    expect([...skipped].every((path) => listProcedures().some((procedure) => procedure.path === path))).toBe(true);
  });
});
