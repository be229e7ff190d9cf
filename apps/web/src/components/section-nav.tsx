"use client";

import type { Route } from "next";
import { NavLink } from "~/components/nav-link";

/** A module's tabs under its page header (CRM, Renewals): each section's link, the current one underlined. */
export function SectionNav({ label, sections }: { label: string; sections: readonly { href: Route; label: string }[] }) {
  return (
    <nav aria-label={label} className="-mb-px flex gap-1 overflow-x-auto">
      {sections.map((section) => (
        <NavLink key={section.href} href={section.href} look="tab">
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
