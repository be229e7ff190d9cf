import { Prisma } from "@harbor/db";
import { leadDetailFields } from "../leads/lead-field-names";

// What a merge writes on the survivor: per field, the survivor's value or the loser's (the
// caller picks; the survivor's by default), except tags (the union of both) and the last
// contact (the later of both). Pure, so the rule is tested apart from the database.

export const mergeEntityTypes = ["contact", "lead"] as const;
export type MergeEntityType = (typeof mergeEntityTypes)[number];

export const contactMergeFields = [
  "name",
  "email",
  "phone",
  "company",
  "title",
  "customerCode",
  "dateOfBirth",
  "address",
  "sentiment",
  "nextFollowUpAt",
  "notes",
  "communicationPreferences",
  "ownerId",
  "householdId",
] as const;

export const leadMergeFields = ["name", ...leadDetailFields, "ownerId"] as const;

export const mergeFieldsOf = { contact: contactMergeFields, lead: leadMergeFields } as const satisfies Record<MergeEntityType, readonly string[]>;

/** Columns combined rather than picked. */
export const lastTouchField = { contact: "lastContactAt", lead: "lastInteractionAt" } as const satisfies Record<MergeEntityType, string>;

/** Fields holding dates, revived from JSON when a merge is undone. */
export const dateFields = new Set(["dateOfBirth", "nextFollowUpAt", "lastContactAt", "lastInteractionAt"]);
/** Json columns, whose null is written as Prisma.DbNull. */
export const jsonFields = new Set(["address", "communicationPreferences"]);

export type FieldChoice = "survivor" | "loser";
type Row = Record<string, unknown>;

/** A value as it compares and as it is stored in record_merges (dates as ISO strings, decimals as numbers). */
export function comparable(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && "toNumber" in value && typeof value.toNumber === "function") return (value.toNumber as () => number)();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

export interface MergePlan {
  /** What to write on the survivor (only the fields that change). */
  changes: Row;
  /** For each changed field, its value before and after, as stored for the undo. */
  survivorBefore: Record<string, { before: unknown; after: unknown }>;
}

export function planMerge(entityType: MergeEntityType, survivor: Row, loser: Row, choices: Partial<Record<string, FieldChoice>>): MergePlan {
  const changes: Row = {};
  for (const field of mergeFieldsOf[entityType]) {
    if (choices[field] === "loser" && !same(survivor[field], loser[field])) changes[field] = loser[field] ?? null;
  }
  const tags = [...new Set([...((survivor.tags as string[] | undefined) ?? []), ...((loser.tags as string[] | undefined) ?? [])])];
  if (!same(tags, survivor.tags ?? [])) changes.tags = tags;
  const touch = lastTouchField[entityType];
  const survivorTouch = survivor[touch] as Date | null;
  const loserTouch = loser[touch] as Date | null;
  if (loserTouch && (!survivorTouch || loserTouch > survivorTouch)) changes[touch] = loserTouch;

  const survivorBefore: MergePlan["survivorBefore"] = {};
  for (const [field, after] of Object.entries(changes)) survivorBefore[field] = { before: comparable(survivor[field]), after: comparable(after) };
  return { changes, survivorBefore };
}

/**
 * What undoing writes back on the survivor: the value before the merge, for each field still
 * holding what the merge wrote (a field edited since keeps its edit).
 */
export function planUndo(current: Row, survivorBefore: Record<string, { before: unknown; after: unknown }>): Row {
  const revert: Row = {};
  for (const [field, { before, after }] of Object.entries(survivorBefore)) {
    if (!same(current[field], after)) continue;
    revert[field] = dateFields.has(field) && typeof before === "string" ? new Date(before) : before;
  }
  return revert;
}

/** Prisma update data for picked values: a Json column's null is DbNull. */
export function toUpdateData(values: Row): Row {
  return Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value === null && jsonFields.has(field) ? Prisma.DbNull : value]));
}
