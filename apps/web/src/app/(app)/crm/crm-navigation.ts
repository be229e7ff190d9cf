export interface CrmSection {
  href: "/crm/leads" | "/crm/contacts" | "/crm/policies" | "/crm/pipeline" | "/crm/tasks" | "/crm/service-desk" | "/crm/knowledge" | "/crm/dnc" | "/crm/teams" | "/crm/agents" | "/crm/trash";
  label: string;
  /** Shown only to viewers who may use it (from auth.me's capabilities and permissions). */
  requires?: "canManageTeams" | "canReadAnalytics" | "canDeleteCrm";
}

export const crmSections: CrmSection[] = [
  { href: "/crm/leads", label: "Leads" },
  { href: "/crm/contacts", label: "Contacts" },
  { href: "/crm/policies", label: "Policies" },
  { href: "/crm/pipeline", label: "Pipeline" },
  { href: "/crm/tasks", label: "Tasks" },
  { href: "/crm/service-desk", label: "Service desk" },
  { href: "/crm/knowledge", label: "Knowledge" },
  { href: "/crm/dnc", label: "Do not contact" },
  { href: "/crm/teams", label: "Teams", requires: "canManageTeams" },
  { href: "/crm/agents", label: "Agents", requires: "canReadAnalytics" },
  { href: "/crm/trash", label: "Trash", requires: "canDeleteCrm" },
];

/** The sections a viewer with these capabilities is offered. */
export function visibleCrmSections(capabilities: Record<NonNullable<CrmSection["requires"]>, boolean>): CrmSection[] {
  return crmSections.filter((section) => !section.requires || capabilities[section.requires]);
}
