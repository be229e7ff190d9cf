import type { Route } from "next";

/** Where each kind of record is opened, for links to records an answer names (copilot actions, insight citations). */
export function recordHref({ entityType, entityId }: { entityType: string; entityId?: string | null }): Route | null {
  if (!entityId) return null;
  switch (entityType) {
    case "lead":
      return `/crm/leads?lead=${entityId}` as Route;
    case "contact":
      return `/crm/contacts/${entityId}` as Route;
    case "opportunity":
      return `/crm/pipeline?opportunity=${entityId}` as Route;
    case "ticket":
      return `/crm/tickets/${entityId}` as Route;
    case "task":
      return "/crm/tasks";
    case "appointment":
      return "/calendar";
    case "knowledge_resource":
      return `/crm/knowledge?resource=${entityId}` as Route;
    default:
      return null;
  }
}
