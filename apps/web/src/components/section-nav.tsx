"use client";

import type { Route } from "next";
import { NavLink } from "~/components/nav-link";

/** A module's tabs under its page header (CRM, Renewals): each section's link, the current one underlined. */
export function SectionNav({ label, sections }: { label: string; sections: readonly { href: Route; label: string }[] }) {
  return (
    <nav aria-label={label} className="-mb-px flex gap-1 overflow-x-auto">
      {sections.map((section) => (
        <NavLink
          key={section.href}
          href={section.href}
          className="border-b-2 px-2.5 pt-1 pb-2.5 text-sm whitespace-nowrap transition-colors"
          activeClassName="border-indigo-600 font-medium text-zinc-900"
          inactiveClassName="border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800"
        >
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
