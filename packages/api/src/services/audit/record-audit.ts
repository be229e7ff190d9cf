import type { ActorType, Database, Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";

// The audit row. Procedures and copilot tools have theirs written inside the service's
// transaction (audited-transaction.ts); jobs, the CLI and sign-in/sign-up call this directly, with
// the transaction client of the change they record.

export interface AuditEntry {
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: unknown;
  /** The copilot acting for the actor: recorded as actor type `ai`. */
  via?: "copilot";
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
  await writer.auditLog.create({ data: auditRowOf(entry) });
}

/** Who the row names: the user (and the key a script used), the copilot, or the system. */
export function auditActorOf({ actor, via }: Pick<AuditEntry, "actor" | "via">): { actorId: string | null; actorType: ActorType; apiKeyId: string | null } {
  if (actor.kind === "system") return { actorId: null, actorType: "system", apiKeyId: null };
  const apiKeyId = actor.via === "api_key" ? (actor.apiKeyId ?? null) : null;
  return { actorId: actor.userId, actorType: via === "copilot" ? "ai" : actor.via === "api_key" ? "api_key" : "user", apiKeyId };
}

function auditRowOf(entry: AuditEntry) {
  const { actor } = entry;
  return {
    organizationId: actor.organizationId,
    ...auditActorOf(entry),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes: entry.changes === undefined ? undefined : (redactSecrets(entry.changes) as Prisma.InputJsonValue),
  };
}
