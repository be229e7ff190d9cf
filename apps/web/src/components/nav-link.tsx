"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Route } from "next";
import type { ReactNode } from "react";
import { cn } from "~/lib/cn";
import { isActive } from "./navigation";

/** How a link looks where it stands: always, as the current page, and otherwise. */
const looks = {
  sidebar: {
    base: "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm transition-colors",
    active: "bg-white font-medium text-zinc-900 shadow-xs ring-1 ring-zinc-200",
    inactive: "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900",
  },
  tab: {
    base: "border-b-2 px-2.5 pt-1 pb-2.5 text-sm whitespace-nowrap transition-colors",
    active: "border-indigo-600 font-medium text-zinc-900",
    inactive: "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
  },
};

/**
 * A link of the main navigation (`sidebar`) or a module's tabs (`tab`) that marks itself as the current
 * page (`aria-current`) while the path is within `href`.
 */
export function NavLink({ href, look, children }: { href: Route; look: keyof typeof looks; children: ReactNode | ((active: boolean) => ReactNode) }) {
  const active = isActive(href, usePathname());
  const { base, active: current, inactive } = looks[look];
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={cn(base, active ? current : inactive)}>
      {typeof children === "function" ? children(active) : children}
    </Link>
  );
}
