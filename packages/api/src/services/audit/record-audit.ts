import type { Database, Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";

// The audit mechanism. Every authenticated mutation is recorded by the tRPC audit middleware
// through this function; jobs, the CLI and sign-up (which has no actor yet) call it directly.

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: unknown;
}

type AuditWriter = Pick<Database, "auditLog"> | Pick<Prisma.TransactionClient, "auditLog">;

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|^key$/i;
// An audit entry says what changed, not the payload: an imported file (megabytes of client data)
// is recorded by its length, not copied into the log.
const MAX_STRING_LENGTH = 500;

/**
 * Secrets never reach the audit log: values under secret-looking keys are replaced, and long
 * strings are cut to a note of their length.
 */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === "string" && value.length > MAX_STRING_LENGTH) return `[${value.length} characters omitted]`;
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? "[redacted]" : redactSecrets(inner)]),
    );
  }
  return value;
}

export async function recordAudit(writer: AuditWriter, entry: AuditEntry): Promise<void> {
  const { actor } = entry;
  await writer.auditLog.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.kind === "user" ? actor.userId : null,
      actorType: actor.kind === "system" ? "system" : actor.via === "api_key" ? "api_key" : "user",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      changes: entry.changes === undefined ? undefined : (redactSecrets(entry.changes) as Prisma.InputJsonValue),
    },
  });
}
