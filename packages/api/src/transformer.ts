import superjson, { type SuperJSONResult } from "superjson";

// Harbor's wire format is superjson's: Dates (and anything else JSON cannot carry) arrive as what
// they were. Its serializer is general — Maps, Sets, class instances, shared and circular
// references — and pays for that generality on every value: serializing a page of 50 leads took
// ~0.9 ms, a quarter of the whole request.
//
// `serialize` takes a fast path for what procedures return (plain objects and arrays of strings,
// finite numbers, booleans, null, undefined and valid Dates), producing exactly what superjson
// produces for them (transformer.test.ts checks this shape by shape), and hands any other value —
// a Map, a BigInt, NaN, a class instance, an object met twice — to superjson itself.
// `deserialize` is superjson's.

type Annotation = ["Date"] | ["undefined"];
type Annotations = Record<string, Annotation>;
type Values = NonNullable<SuperJSONResult["meta"]>["values"];

/** Thrown inside the fast path when a value needs superjson; never escapes `serialize`. */
const NEEDS_SUPERJSON = Symbol("needs superjson");

const DATE: Annotation = ["Date"];
const UNDEFINED: Annotation = ["undefined"];

function escapeKey(key: string): string {
  return key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const threeDigits = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * Date.prototype.toISOString, written out: twice as fast for the four-digit years every record
 * has (a page of 50 leads carries 100–150 dates). Other years take toISOString's own form.
 */
export function isoString(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString();
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}.${threeDigits(date.getUTCMilliseconds())}Z`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * The JSON form of `value`, recording in `annotations` the path of every Date and undefined. The
 * path is kept as a stack of escaped keys and joined only when something is recorded: most values
 * are strings and numbers, and building a path string for each was most of this function's cost.
 */
function plain(value: unknown, path: string[], annotations: Annotations, seen: Set<object>): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value) || Object.is(value, -0)) throw NEEDS_SUPERJSON;
      return value;
    case "undefined":
      annotations[path.join(".")] = UNDEFINED;
      return null;
    case "object": {
      if (value === null) return null;
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw NEEDS_SUPERJSON;
        annotations[path.join(".")] = DATE;
        return isoString(value);
      }
      // An object met twice (shared or circular) is recorded by superjson as a referential equality.
      if (seen.has(value)) throw NEEDS_SUPERJSON;
      seen.add(value);
      if (Array.isArray(value)) {
        const items: unknown[] = new Array(value.length);
        for (let index = 0; index < value.length; index++) {
          if (!(index in value)) throw NEEDS_SUPERJSON;
          path.push(String(index));
          items[index] = plain(value[index], path, annotations, seen);
          path.pop();
        }
        return items;
      }
      if (!isPlainObject(value)) throw NEEDS_SUPERJSON;
      const object: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (key === "__proto__" || key === "constructor" || key === "prototype") throw NEEDS_SUPERJSON;
        path.push(escapeKey(key));
        object[key] = plain(value[key], path, annotations, seen);
        path.pop();
      }
      return object;
    }
    default:
      throw NEEDS_SUPERJSON;
  }
}

export function serialize(value: unknown): SuperJSONResult {
  const annotations: Annotations = {};
  let json: unknown;
  try {
    json = plain(value, [], annotations, new Set());
  } catch (error) {
    if (error === NEEDS_SUPERJSON) return superjson.serialize(value);
    throw error;
  }
  const result = { json: json as SuperJSONResult["json"] };
  const root = annotations[""];
  if (root) return { ...result, meta: { values: root as Values, v: 1 } };
  return Object.keys(annotations).length > 0 ? { ...result, meta: { values: annotations as Values, v: 1 } } : result;
}

export function deserialize<T = unknown>(payload: SuperJSONResult): T {
  return superjson.deserialize<T>(payload);
}

/** The transformer every tRPC endpoint and client of Harbor uses. */
export const transformer = { serialize, deserialize };
