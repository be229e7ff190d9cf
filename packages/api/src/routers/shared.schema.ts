import { z } from "zod";

export const idSchema = z.uuid({ error: "must be a valid id" });

export const emailSchema = z.email({ error: "must be a valid email address" }).max(254);

export const passwordSchema = z
  .string({ error: "is required" })
  .min(10, { error: "must be at least 10 characters" })
  .max(200, { error: "must be at most 200 characters" });

/**
 * Every user-supplied link (knowledge resources, …): http(s) or mailto only, so a stored link can
 * never run script (`javascript:`) or load local content (`data:`, `file:`) when a screen renders it.
 */
export const linkUrlSchema = z
  .url({ protocol: /^(https?|mailto)$/, error: "must be an http(s) or mailto link" })
  .max(2000);

export const nameSchema = z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(120);

export const roleSchema = z.enum(["admin", "manager", "agent", "viewer", "compliance"], {
  error: "must be one of admin, manager, agent, viewer, compliance",
});

/** The input every list procedure accepts; domains extend it with their own filters. */
export const listInputSchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  search: z.string().trim().max(200).optional(),
});

/** The page of a feed (notifications, a record's timeline): a cursor and a smaller page than a list's, no search. */
export const feedPageInputSchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const userStatusSchema = z.enum(["active", "deactivated"], { error: "must be active or deactivated" });

// Output building blocks. Zod objects drop every key they do not list, so an output schema is the
// whitelist of what leaves the server: a field a service adds stays inside until it is named here.
// Ids are plain strings (the database made them), money is a number, timestamps are Dates.

export const idOutput = z.string();

/** A user as another record shows them: owner, assignee, author, actor. */
export const userSummarySchema = z.object({ id: idOutput, name: z.string() });

export const userWithEmailSchema = userSummarySchema.extend({ email: z.string() });

/** A record with a name (contact, lead, team, household) as another record links to it. */
export const namedRecordSchema = z.object({ id: idOutput, name: z.string() });

/** A person (contact, lead, candidate) and how to reach them. */
export const personOutput = namedRecordSchema.extend({ email: z.string().nullable(), phone: z.string().nullable() });

/** A contact or lead as lists and search show them: the person and their company. */
export const personWithCompanyOutput = personOutput.extend({ company: z.string().nullable() });

export const deletedOutput = z.object({ id: idOutput });

/**
 * A list page. `total` is counted on the first page only (null after); lists that count every row
 * report an exact total, so a missing `totalCapped` is false.
 */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().nullable(),
    totalCapped: z.boolean(),
  });
}

/** A list exported as CSV (services/export): the file's name and text, its rows, whether the row cap cut it. */
export const csvExportOutput = z.object({ filename: z.string(), csv: z.string(), rowCount: z.number(), truncated: z.boolean() });

/**
 * A JSON column read back through the shape its input wrote. Prisma types JSON as JsonValue,
 * so the schema takes anything and then holds it to that shape.
 */
export function storedJson<Shape extends z.ZodType>(shape: Shape) {
  return z.unknown().pipe(shape);
}
