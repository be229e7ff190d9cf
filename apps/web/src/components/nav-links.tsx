"use client";

import { cn } from "~/lib/cn";
import { NavLink } from "./nav-link";
import { iconPaths, navigation } from "./navigation";

export function NavLinks() {
  return (
    <nav aria-label="Main" className="space-y-0.5">
      {navigation.map((item) => (
        <NavLink key={item.href} href={item.href} look="sidebar">
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
