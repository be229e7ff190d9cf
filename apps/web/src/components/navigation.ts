export interface NavigationItem {
  href: "/" | "/crm" | "/renewals" | "/inbox" | "/calendar" | "/copilot" | "/analytics" | "/settings";
  label: string;
  icon: keyof typeof iconPaths;
}

export const navigation: NavigationItem[] = [
  { href: "/", label: "Home", icon: "home" },
  { href: "/crm", label: "CRM", icon: "crm" },
  { href: "/renewals", label: "Renewals", icon: "renewals" },
  { href: "/inbox", label: "Inbox", icon: "inbox" },
  { href: "/calendar", label: "Calendar", icon: "calendar" },
  { href: "/copilot", label: "Copilot", icon: "copilot" },
  { href: "/analytics", label: "Analytics", icon: "analytics" },
  { href: "/settings", label: "Settings", icon: "settings" },
];

/** Outline icons on a 20×20 grid, stroked with the current colour. */
export const iconPaths = {
  home: "M3.5 9 10 3.5 16.5 9v7a1 1 0 0 1-1 1h-3.5v-4.5h-4V17H4.5a1 1 0 0 1-1-1z",
  crm: "M7.5 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5 8a5 5 0 0 1 10 0M13 3.3a3 3 0 0 1 0 5.4M15 12.5a5 5 0 0 1 2.5 4.5",
  renewals: "M16 7.5A6.5 6.5 0 0 0 4.2 6M4 12.5A6.5 6.5 0 0 0 15.8 14M4 3v3.5h3.5M16 17v-3.5h-3.5",
  inbox: "M3 11.5 5 4.5h10l2 7M3 11.5V16h14v-4.5M3 11.5h4l1 2h4l1-2h4",
  calendar: "M4 5h12v11.5H4zM4 8.5h12M7 3v3.5M13 3v3.5",
  copilot: "M10 3l1.6 4.4L16 9l-4.4 1.6L10 15l-1.6-4.4L4 9l4.4-1.6zM15.5 14.5l.6 1.4 1.4.6-1.4.6-.6 1.4-.6-1.4-1.4-.6 1.4-.6z",
  analytics: "M4 16.5V10M8 16.5V4M12 16.5v-8M16 16.5V7M3 16.5h14",
  settings: "M4 6h8M15 6h1M4 14h1M8 14h8M12 4v4M5 12v4",
} as const;

/** Whether a navigation item is the current section: Home only on "/", others on their subtree. */
export function isActive(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
