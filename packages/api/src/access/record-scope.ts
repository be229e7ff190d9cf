import type { Actor } from "./actor";
import { AppError } from "../errors";

// Record-level rules, applied in the data layer: every list/get/update of an owned record builds
// its `where` from these helpers, so a forgotten filter cannot leak another organization's or
// another agent's records. A record outside the scope is simply not found.
//
//   admin, compliance, viewer  the whole organization (viewers are read-only by permission)
//   manager                    records they own or that someone on their team owns
//   agent                      records they own (owning a lead is being assigned to it)
//   system                     the whole organization of the job or webhook

export interface OrganizationScope {
  organizationId: string;
}

export type OwnedRecordScope = OrganizationScope & {
  ownerId?: string;
  OR?: ({ ownerId: string } | { owner: { is: { teamId: string } } })[];
};

export type TaskScope = OrganizationScope & {
  OR?: ({ assigneeId: string } | { createdById: string } | { assignee: { is: { teamId: string } } })[];
};

export function organizationScope(actor: Actor): OrganizationScope {
  return { organizationId: requireId(actor.organizationId, "organizationId") };
}

/** Leads, contacts, opportunities and policies: who owns them decides who sees them. */
export function ownedRecordScope(actor: Actor): OwnedRecordScope {
  const base = organizationScope(actor);
  if (actor.kind === "system") return base;
  switch (actor.role) {
    case "admin":
    case "compliance":
    case "viewer":
      return base;
    case "manager":
      return actor.teamId
        ? { ...base, OR: [{ ownerId: actor.userId }, { owner: { is: { teamId: actor.teamId } } }] }
        : { ...base, ownerId: actor.userId };
    case "agent":
      return { ...base, ownerId: actor.userId };
  }
}

/** Tasks: agents see what is assigned to them or what they created. */
export function taskScope(actor: Actor): TaskScope {
  const base = organizationScope(actor);
  if (actor.kind === "system") return base;
  switch (actor.role) {
    case "admin":
    case "compliance":
    case "viewer":
      return base;
    case "manager":
      return {
        ...base,
        OR: [
          { assigneeId: actor.userId },
          { createdById: actor.userId },
          ...(actor.teamId ? [{ assignee: { is: { teamId: actor.teamId } } }] : []),
        ],
      };
    case "agent":
      return { ...base, OR: [{ assigneeId: actor.userId }, { createdById: actor.userId }] };
  }
}

/** Combines a scope with a screen's own filters without either overwriting the other's keys. */
export function within<TScope extends object, TWhere extends object>(scope: TScope, where: TWhere) {
  return { AND: [scope, where] };
}

/**
 * Guards against `where: { id: undefined }`, which Prisma reads as "no condition" and which would
 * otherwise match the first record of any kind.
 */
export function requireId(id: string | null | undefined, field = "id"): string {
  if (typeof id !== "string" || id.length === 0) {
    throw new AppError("VALIDATION_ERROR", `${field} is required`, { fieldErrors: { [field]: ["Required"] } });
  }
  return id;
}
