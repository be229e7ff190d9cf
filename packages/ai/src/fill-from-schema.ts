import type { JsonSchema } from "./json-schema";

export interface FillOptions {
  /** Used for free-text fields (summary, body, draft…) so they say something about the request. */
  narrative: string;
}

/** Field names whose value is prose the model would write; offline they get the narrative. */
const NARRATIVE_KEY = /summary|description|text|body|content|message|reply|draft|narrative|explanation|reason|notes?|answer|insight|recommendation/i;
const SHORT_TEXT_KEY = /title|subject|headline/i;
/** Enum members that honestly say "no judgement was made"; preferred over the first member. */
const NEUTRAL_ENUM_VALUES = ["unknown", "neutral", "none", "other", "medium", "normal", "unclassified"];
const MAX_DEPTH = 12;

/**
 * Builds a value for a JSON Schema without any model: defaults and consts as given, otherwise the
 * most neutral value the schema allows (null for nullable, 0 or the minimum for numbers, false,
 * the fewest array items, a neutral enum member) and the offline narrative for prose fields. It
 * never makes up facts or scores, it only makes the shape valid so features keep working offline.
 */
export function fillFromSchema(schema: JsonSchema, options: FillOptions): unknown {
  return fill(schema, "", { root: schema, options, depth: 0 });
}

interface FillContext {
  root: JsonSchema;
  options: FillOptions;
  depth: number;
}

function fill(schema: JsonSchema, key: string, context: FillContext): unknown {
  if (context.depth > MAX_DEPTH) return null;
  const nested = { ...context, depth: context.depth + 1 };
  if ("default" in schema) return structuredClone(schema.default);
  if ("const" in schema) return schema.const;
  if (typeof schema.$ref === "string") {
    const target = resolveRef(schema.$ref, context.root);
    return target ? fill(target, key, nested) : null;
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return pickEnum(schema.enum);
  const branches = asSchemas(schema.anyOf ?? schema.oneOf);
  if (branches.length > 0) {
    if (branches.some((branch) => branch.type === "null")) return null;
    return fill(branches[0] ?? {}, key, nested);
  }
  const allOf = asSchemas(schema.allOf);
  if (allOf.length > 0) {
    return allOf.reduce<Record<string, unknown>>((merged, part) => {
      const value = fill(part, key, nested);
      return isRecord(value) ? { ...merged, ...value } : merged;
    }, {});
  }

  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.includes("null") ? "null" : types[0];
  switch (type) {
    case "null":
      return null;
    case "boolean":
      return false;
    case "integer":
    case "number":
      return fillNumber(schema, type === "integer");
    case "string":
      return fillString(schema, key, context.options);
    case "array":
      return fillArray(schema, key, nested);
    case "object":
      return fillObject(schema, nested);
    default:
      return "properties" in schema ? fillObject(schema, nested) : null;
  }
}

function fillObject(schema: JsonSchema, context: FillContext): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const value: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isRecord(property)) continue;
    // Optional fields stay absent unless they carry a default: absent is the honest offline answer.
    if (!required.has(name) && !("default" in property)) continue;
    value[name] = fill(property, name, context);
  }
  return value;
}

function fillArray(schema: JsonSchema, key: string, context: FillContext): unknown[] {
  const prefix = asSchemas(schema.prefixItems);
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const items = isRecord(schema.items) ? schema.items : {};
  const count = Math.max(minItems, prefix.length);
  return Array.from({ length: count }, (_, index) => fill(prefix[index] ?? items, key, context));
}

function fillNumber(schema: JsonSchema, integer: boolean): number {
  let value = 0;
  if (typeof schema.minimum === "number") value = Math.max(value, schema.minimum);
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) {
    value = integer ? Math.floor(schema.exclusiveMinimum) + 1 : schema.exclusiveMinimum + 1;
  }
  if (typeof schema.maximum === "number") value = Math.min(value, schema.maximum);
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) {
    value = integer ? Math.ceil(schema.exclusiveMaximum) - 1 : schema.exclusiveMaximum - 1;
  }
  return integer ? Math.ceil(value) : value;
}

function fillString(schema: JsonSchema, key: string, options: FillOptions): string {
  const byFormat = formatExample(schema.format);
  if (byFormat !== undefined) return byFormat;
  let value: string;
  if (SHORT_TEXT_KEY.test(key) && !NARRATIVE_KEY.test(key)) value = "Offline draft";
  else if (NARRATIVE_KEY.test(key) || key === "") value = options.narrative;
  else value = "offline";
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  if (value.length > maxLength) value = value.slice(0, Math.max(0, maxLength - 1)).trimEnd() + (maxLength > 0 ? "…" : "");
  return value.padEnd(minLength, ".");
}

function formatExample(format: unknown): string | undefined {
  switch (format) {
    case "email":
      return "offline@example.com";
    case "uri":
    case "url":
      return "https://example.com/";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    case "date":
      return "1970-01-01";
    case "date-time":
      return "1970-01-01T00:00:00.000Z";
    case "time":
      return "00:00:00";
    default:
      return undefined;
  }
}

function pickEnum(values: unknown[]): unknown {
  const neutral = values.find((value) => typeof value === "string" && NEUTRAL_ENUM_VALUES.includes(value.toLowerCase()));
  return neutral ?? values[0];
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(2).split("/")) {
    node = isRecord(node) ? node[segment.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
  }
  return isRecord(node) ? node : undefined;
}

function asSchemas(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
