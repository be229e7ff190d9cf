"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Route } from "next";
import type { ReactNode } from "react";
import { isActive } from "./navigation";

/** A link that marks itself as the current page (`aria-current`) while the path is within `href`. */
export function NavLink({ href, className, children }: { href: Route; className: (active: boolean) => string; children: (active: boolean) => ReactNode }) {
  const active = isActive(href, usePathname());
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={className(active)}>
      {children(active)}
    </Link>
  );
}
