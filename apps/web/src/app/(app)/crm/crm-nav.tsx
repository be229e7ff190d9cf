"use client";

import { NavLink } from "~/components/nav-link";
import { cn } from "~/lib/cn";
import { visibleCrmSections } from "./crm-navigation";

export function CrmNav({ canManageTeams, canReadAnalytics }: { canManageTeams: boolean; canReadAnalytics: boolean }) {
  return (
    <nav aria-label="CRM" className="-mb-px flex gap-1 overflow-x-auto">
      {visibleCrmSections({ canManageTeams, canReadAnalytics }).map((section) => (
        <NavLink
          key={section.href}
          href={section.href}
          className={(active) =>
            cn(
              "border-b-2 px-2.5 pt-1 pb-2.5 text-sm whitespace-nowrap transition-colors",
              active ? "border-indigo-600 font-medium text-zinc-900" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
            )
          }
        >
          {() => section.label}
        </NavLink>
      ))}
    </nav>
  );
}
