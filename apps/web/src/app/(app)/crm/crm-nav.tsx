"use client";

import { SectionNav } from "~/components/section-nav";
import { crmSections } from "./crm-navigation";

export function CrmNav() {
  return <SectionNav label="CRM" sections={crmSections} />;
}
