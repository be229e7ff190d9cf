"use client";

import { SectionNav } from "~/components/section-nav";
import { visibleCrmSections } from "./crm-navigation";

export function CrmNav({ canManageTeams, canReadAnalytics }: { canManageTeams: boolean; canReadAnalytics: boolean }) {
  return <SectionNav label="CRM" sections={visibleCrmSections({ canManageTeams, canReadAnalytics })} />;
}
