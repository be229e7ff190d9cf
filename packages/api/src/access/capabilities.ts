import type { UserActor } from "./actor";
import { hasPermission } from "./permissions";
import { reachOf } from "./scopes/reach";

// What the web pages may offer a user, derived from the permission matrix and the record rules so
// no page re-codes a role check. The server still enforces each rule; these only decide what is
// shown.

export interface Capabilities {
  canWriteCrm: boolean;
  /** Move records to the trash, see the trash and restore from it (crm:delete). */
  canDeleteCrm: boolean;
  canImport: boolean;
  /** Pick another user as owner or assignee (access/assignable-user.ts): managers within their team, admins anyone. */
  canAssignOthers: boolean;
  canManageTeams: boolean;
  canManageKnowledge: boolean;
  canManageDnc: boolean;
  /** Lift a do-not-contact entry (dnc:remove): narrower than adding one. */
  canRemoveDnc: boolean;
  /** Delete from the trash for good (crm:purge). */
  canPurgeTrash: boolean;
  /** Download everything about a contact (person-data:export). */
  canExportPersonData: boolean;
  /** Anonymize a contact (person-data:erase). */
  canErasePersonData: boolean;
  canManageUsers: boolean;
  canManageSettings: boolean;
  canReadAudit: boolean;
  canWriteRenewals: boolean;
  /** Hand renewal cases to others (renewals:assign; within the manager's team, admins anyone). */
  canAssignRenewals: boolean;
  canEscalateRenewals: boolean;
  canUploadRenewals: boolean;
}

export function capabilitiesOf(actor: UserActor): Capabilities {
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(actor.role, permission);
  return {
    canWriteCrm: can("crm:write"),
    canDeleteCrm: can("crm:delete"),
    canImport: can("crm:import"),
    canAssignOthers: can("crm:write") && reachOf(actor).kind !== "self",
    canManageTeams: can("teams:manage"),
    canManageKnowledge: can("knowledge:write"),
    canManageDnc: can("dnc:manage"),
    canRemoveDnc: can("dnc:remove"),
    canPurgeTrash: can("crm:purge"),
    canExportPersonData: can("person-data:export"),
    canErasePersonData: can("person-data:erase"),
    canManageUsers: can("users:manage"),
    canManageSettings: can("settings:manage"),
    canReadAudit: can("audit:read"),
    canWriteRenewals: can("renewals:write"),
    canAssignRenewals: can("renewals:assign"),
    canEscalateRenewals: can("renewals:escalate"),
    canUploadRenewals: can("renewals:upload"),
  };
}
