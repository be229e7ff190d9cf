"use client";

import { cn } from "~/lib/cn";
import { NavLink } from "./nav-link";
import { iconPaths, navigation } from "./navigation";

export function NavLinks() {
  return (
    <nav aria-label="Main" className="space-y-0.5">
      {navigation.map((item) => (
        <NavLink
          key={item.href}
          href={item.href}
          className="flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm transition-colors"
          activeClassName="bg-white font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-200"
          inactiveClassName="text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900"
        >
          {(active) => (
            <>
              <svg viewBox="0 0 20 20" aria-hidden="true" className={cn("size-4", active ? "text-indigo-600" : "text-zinc-400")}>
                <path d={iconPaths[item.icon]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              {item.label}
            </>
          )}
        </NavLink>
      ))}
    </nav>
  );
}
