import { db, type ActorType, type Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { readModelList } from "../pagination";
import { summarySelect } from "../summary-select";

// admin.audit.list (audit:read): the organization's audit log, newest first, keyset-paged over
// (createdAt, id) on the (organization_id, created_at, id) index, filtered by who, what and when.

export interface ListAuditInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  actorType?: ActorType;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** A procedure path or its prefix: "crm.leads." finds every lead procedure. */
  action?: string;
  from?: Date;
  to?: Date;
}

export const auditEntrySelect = {
  id: true,
  createdAt: true,
  actorType: true,
  apiKeyId: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  actor: summarySelect,
} as const satisfies Prisma.AuditLogSelect;

export function auditFilters({ actorType, actorId, entityType, entityId, action, from, to }: Omit<ListAuditInput, "actor" | "cursor" | "limit">): Prisma.AuditLogWhereInput {
  return {
    ...(actorType ? { actorType } : {}),
    ...(actorId ? { actorId } : {}),
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(action ? { action: { startsWith: action } } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

export function listAuditEntries({ actor, cursor, limit, ...filters }: ListAuditInput) {
  return readModelList({ model: db.auditLog, select: auditEntrySelect, where: within(organizationScope(actor), auditFilters(filters)), cursor, limit });
}
