import { Prisma } from "@harbor/db";

// The trash (crm.trash.*): leads, contacts, policies, opportunities, tickets and notes are
// soft-deleted — `deleted_at` set — and a trashed record is NOT_FOUND everywhere else. "Live" is
// written here once; every scope in this folder for those records includes it (ownedRecordScope,
// policyScope, ticketScope and their SQL), so a read built on a scope cannot see the trash.

/** The Prisma condition for a record that is not in the trash. */
export const live = { deletedAt: null } as const;

/** The same over the table aliased `alias`, for SQL readers. */
export function liveSql(alias: string): Prisma.Sql {
  return Prisma.raw(`"${alias.replaceAll('"', "")}".deleted_at IS NULL`);
}

/** How long a trashed record can be restored; after it, purge may delete it for good. */
export const TRASH_RETENTION_DAYS = 30;

export function trashRetentionStart(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * 86_400_000);
}
