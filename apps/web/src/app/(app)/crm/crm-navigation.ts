export interface CrmSection {
  href: "/crm/leads" | "/crm/contacts" | "/crm/policies" | "/crm/pipeline" | "/crm/tasks" | "/crm/service-desk" | "/crm/knowledge" | "/crm/dnc";
  label: string;
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
];
