import type { Role } from "@harbor/db";

// The permission matrix, in one place. Spec 001's matrix (dashboard, upload, cases, emails,
// campaigns, settings, users, analytics) extended to every module of Harbor. A permission says
// what a role may do at all; record-level rules (access/scopes) then say on which records.

export const permissions = {
  "dashboard:view": ["admin", "manager", "agent", "viewer", "compliance"],
  "crm:read": ["admin", "manager", "agent", "viewer", "compliance"],
  "crm:write": ["admin", "manager", "agent"],
  // Deleting moves to the trash; the same roles list and restore it (crm.trash.*), within reach.
  "crm:delete": ["admin", "manager"],
  // Deleting for good (crm.trash.purge).
  "crm:purge": ["admin"],
  // A person's data rights (crm.contacts.exportData, crm.contacts.erase): compliance answers access
  // requests with the export; erasure cannot be undone, so only admins anonymize a contact.
  "person-data:export": ["admin", "compliance"],
  "person-data:erase": ["admin"],
  "crm:import": ["admin", "manager", "agent"],
  "teams:manage": ["admin", "manager"],
  "knowledge:write": ["admin", "manager"],
  "dnc:manage": ["admin", "manager", "compliance"],
  // Lifting a do-not-contact entry or tag: consent is never relaxed by compliance or an agent.
  "dnc:remove": ["admin", "manager"],
  // Renewals (spec 001's cases, upload and dashboard rows): everyone reads the cases in their
  // scope; agents work and escalate their own; only managers and admins hand cases to others or
  // upload renewal files.
  "renewals:read": ["admin", "manager", "agent", "viewer", "compliance"],
  "renewals:write": ["admin", "manager", "agent"],
  "renewals:assign": ["admin", "manager"],
  "renewals:escalate": ["admin", "manager", "agent"],
  "renewals:upload": ["admin", "manager"],
  "claims:write": ["admin", "manager", "agent"],
  // Surveys go out to the agency's customers like campaigns do: managed by admins and managers,
  // results read by them and compliance. Files follow the record they are attached to (its scope
  // decides which record); viewers and compliance download, those who edit records upload and delete.
  "surveys:read": ["admin", "manager", "compliance"],
  "surveys:write": ["admin", "manager"],
  "files:read": ["admin", "manager", "agent", "viewer", "compliance"],
  "files:write": ["admin", "manager", "agent"],
  "inbox:read": ["admin", "manager", "agent", "compliance"],
  "inbox:write": ["admin", "manager", "agent"],
  "campaigns:read": ["admin", "manager", "compliance"],
  "campaigns:write": ["admin", "manager"],
  "calendar:read": ["admin", "manager", "agent", "viewer", "compliance"],
  "calendar:write": ["admin", "manager", "agent"],
  // Viewers and compliance may chat: read-only tools work for them, write tools are refused by
  // the permission of the procedure each tool stands for.
  "copilot:use": ["admin", "manager", "agent", "viewer", "compliance"],
  "copilot:settings": ["admin"],
  "copilot:safety-log": ["admin", "compliance"],
  "analytics:read": ["admin", "manager", "compliance"],
  "users:manage": ["admin"],
  "settings:manage": ["admin"],
  "audit:read": ["admin", "compliance"],
  // Every user may hold API keys for their own scripts; the keys carry the user's role.
  "api-keys:own": ["admin", "manager", "agent", "viewer", "compliance"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((permission) => hasPermission(role, permission));
}
