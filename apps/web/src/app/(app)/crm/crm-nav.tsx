"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive } from "~/components/navigation";
import { cn } from "~/lib/cn";
import { crmSections } from "./crm-navigation";

export function CrmNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="CRM" className="-mb-px flex gap-1 overflow-x-auto">
      {crmSections.map((section) => {
        const active = isActive(section.href, pathname);
        return (
          <Link
            key={section.href}
            href={section.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "border-b-2 px-2.5 pt-1 pb-2.5 text-sm whitespace-nowrap transition-colors",
              active ? "border-indigo-600 font-medium text-zinc-900" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
            )}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
