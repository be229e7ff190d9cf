"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Route } from "next";
import type { ReactNode } from "react";
import { cn } from "~/lib/cn";
import { isActive } from "./navigation";

/**
 * A link that marks itself as the current page (`aria-current`) while the path is within `href`, with
 * `activeClassName` added to its classes then and `inactiveClassName` otherwise.
 */
export function NavLink({
  href,
  className,
  activeClassName,
  inactiveClassName,
  children,
}: {
  href: Route;
  className: string;
  activeClassName: string;
  inactiveClassName: string;
  children: ReactNode | ((active: boolean) => ReactNode);
}) {
  const active = isActive(href, usePathname());
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={cn(className, active ? activeClassName : inactiveClassName)}>
      {typeof children === "function" ? children(active) : children}
    </Link>
  );
}
