export interface PermissionGroup {
  area: string;
  actions: string[];
}

/** "crm:read", "crm:write", "users:manage" → [{ area: "crm", actions: ["read", "write"] }, …], in first-seen order. */
export function groupPermissions(permissions: readonly string[]): PermissionGroup[] {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const separator = permission.indexOf(":");
    const area = separator === -1 ? permission : permission.slice(0, separator);
    const action = separator === -1 ? "" : permission.slice(separator + 1);
    const actions = groups.get(area) ?? [];
    if (action) actions.push(action);
    groups.set(area, actions);
  }
  return [...groups].map(([area, actions]) => ({ area, actions }));
}

const areaLabels: Record<string, string> = {
  crm: "CRM",
  dnc: "Do-not-contact list",
  "api-keys": "API keys",
};

/** "crm" → "CRM", "api-keys" → "API keys", "renewals" → "Renewals". */
export function areaLabel(area: string): string {
  const known = areaLabels[area];
  if (known) return known;
  const words = area.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
