import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { deserialize, isoString, serialize } from "./transformer";

const at = (iso: string) => new Date(iso);

class Money {
  constructor(readonly amount: string) {}
}

// Values the fast path serializes itself: the output must be superjson's, byte for byte.
const plainShapes: Record<string, unknown> = {
  "a string": "hello",
  "a number": 42.5,
  "null": null,
  "undefined": undefined,
  "a Date": at("2026-11-21T10:00:00.000Z"),
  "an empty object": {},
  "an empty array": [],
  "a page of leads": {
    items: [
      { id: "a", name: "Ana", score: 80, createdAt: at("2026-11-20T09:00:00.000Z"), owner: { id: "u", name: "Jordan" }, tags: ["vip"], value: null },
      { id: "b", name: "Ben", score: 10, createdAt: at("2026-11-19T09:00:00.000Z"), owner: null, tags: [], convertedAt: undefined },
    ],
    nextCursor: null,
    total: 2,
    totalCapped: false,
  },
  "dates inside nested arrays": [[at("2026-01-01T00:00:00.000Z")], [], [null, at("2026-02-01T00:00:00.000Z")]],
  "keys with dots and backslashes": { "a.b": at("2026-03-01T00:00:00.000Z"), "c\\d": { "e.f": undefined }, plain: true },
  "an object without a prototype": Object.assign(Object.create(null) as object, { when: at("2026-04-01T00:00:00.000Z") }),
  "undefined inside an array": [1, undefined, 3],
  "dates at the edges of four-digit years and beyond": [at("1000-01-01T00:00:00.000Z"), at("9999-12-31T23:59:59.999Z"), at("0999-12-31T23:59:59.999Z"), at("+010000-01-01T00:00:00.000Z"), new Date(-1)],
};

// Values the fast path hands to superjson.
const shared = { id: "same" };
const circular: { self?: unknown } = {};
circular.self = circular;
const otherShapes: Record<string, unknown> = {
  "a Map": { lookup: new Map([["a", 1]]) },
  "a Set": new Set([1, 2]),
  "a BigInt": { big: 10n },
  "NaN and Infinity": [Number.NaN, Number.POSITIVE_INFINITY],
  "negative zero": { zero: -0 },
  "an invalid Date": new Date(Number.NaN),
  "a class instance": { price: new Money("12.50") },
  "an object met twice": { first: shared, second: shared },
  "a circular object": circular,
  "an array with a hole": [1, , 3],
  "a RegExp": /harbor/i,
};

describe("transformer", () => {
  it.each(Object.entries(plainShapes))("serializes %s exactly as superjson does", (_, value) => {
    expect(serialize(value)).toStrictEqual(superjson.serialize(value));
    expect(JSON.stringify(serialize(value))).toBe(JSON.stringify(superjson.serialize(value)));
  });

  it.each(Object.entries(otherShapes))("hands %s to superjson", (_, value) => {
    expect(serialize(value)).toStrictEqual(superjson.serialize(value));
  });

  it("round-trips through JSON with Dates and undefined intact", () => {
    const value = plainShapes["a page of leads"];
    const received = deserialize(JSON.parse(JSON.stringify(serialize(value))) as ReturnType<typeof serialize>);
    expect(received).toStrictEqual(value);
  });

  it("writes dates as toISOString does, every field's padding included", () => {
    let state = 7;
    const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
    for (let n = 0; n < 5_000; n++) {
      const date = new Date(Math.floor((random() - 0.5) * 2 * 8.64e15 * 0.01));
      expect(isoString(date)).toBe(date.toISOString());
    }
  });

  it("still refuses keys that would pollute prototypes, as superjson does", () => {
    const hostile = JSON.parse('{"__proto__": {"admin": true}}') as unknown;
    expect(() => serialize(hostile)).toThrow(/prototype pollution/);
  });
});
