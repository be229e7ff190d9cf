import { db, Prisma } from "@harbor/db";
import { sqlCount } from "../crm/crm-sql";

// What the score services share: which activities count as an interaction, when a ticket is
// overdue, and how an organization's records are walked in batches.

export const DAY_MS = 86_400_000;

/** Conversations with a person; opens, page visits, tasks and system entries are not contact. */
export const INTERACTION_TYPES = ["note", "call", "email", "sms", "meeting"];

/** Lead engagement also counts what the lead did: opened an email, visited a page. */
export const LEAD_ENGAGEMENT_TYPES = [...INTERACTION_TYPES, "email_opened", "page_visit"];

/** A ticket open or pending for longer than this is overdue (tickets carry no due date). */
export const OVERDUE_TICKET_DAYS = 7;

const tables = { contacts: "contacts", leads: "leads", opportunities: "opportunities", policies: "policies" } as const;
export type ScoredTable = keyof typeof tables;

/** The next `limit` ids of the organization's live rows after `after`, in id order (a keyset walk over the primary key); trashed rows are not scored. */
export async function nextIds(table: ScoredTable, organizationId: string, after: string | null, limit: number): Promise<string[]> {
  const from = Prisma.raw(tables[table]);
  const position = after === null ? Prisma.empty : Prisma.sql`AND id > ${after}::uuid`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${from} WHERE organization_id = ${organizationId}::uuid AND deleted_at IS NULL ${position} ORDER BY organization_id, id LIMIT ${sqlCount(limit)}`;
  return rows.map((row) => row.id);
}

/**
 * The lowest and highest of a batch's ids. Bounding a statement's `id = ANY(ids)` by this range as
 * well lets the planner see a batch is a narrow slice of the keyset and probe the (organization_id,
 * id) and contact_id indexes, where `= ANY` of 1,000 values alone made it scan the whole table.
 */
export function idRange(ids: string[]): { low: string; high: string } {
  let low = ids[0]!.toLowerCase();
  let high = low;
  for (const id of ids) {
    const value = id.toLowerCase();
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return { low, high };
}

export type ScoreTx = Prisma.TransactionClient;

/**
 * One batch — gather, compute, write — in one transaction whose statements are planned for their
 * actual parameters. The driver prepares statements by name, and after five runs Postgres may
 * switch a batch's gather to a generic plan that cannot see 1,000 ids are a narrow slice: measured,
 * the gather went from ~0.2 s to over 4 s. Bitmap scans are off for the same reason (below). The
 * timeout allows for a loaded machine.
 */
export function inBatchTransaction<T>(work: (tx: ScoreTx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL plan_cache_mode = force_custom_plan`;
      // The stored-score lookups must be unique-index probes whatever the statistics say: with
      // statistics taken while the scores of a kind did not exist yet, the planner probed each
      // row with a bitmap scan over every stored score of that kind (a policy batch past 60 s,
      // a contact batch 77 s, measured). Every other read of a batch is an index scan anyway.
      await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
      return work(tx);
    },
    { timeout: 60_000 },
  );
}
