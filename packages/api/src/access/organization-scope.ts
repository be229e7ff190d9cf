import type { Actor } from "./actor";
import { AppError } from "../errors";

// The tenant boundary every query starts from. Who may see which records inside the organization
// is decided by the rules in ./scopes (one file per rule, all built on reachOf's role switch).

export interface OrganizationScope {
  organizationId: string;
}

export function organizationScope(actor: Actor): OrganizationScope {
  return { organizationId: requireId(actor.organizationId, "organizationId") };
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
