"use client";

import { SectionNav } from "~/components/section-nav";
import { type CrmSection, visibleCrmSections } from "./crm-navigation";

export function CrmNav(capabilities: Record<NonNullable<CrmSection["requires"]>, boolean>) {
  return <SectionNav label="CRM" sections={visibleCrmSections(capabilities)} />;
}
