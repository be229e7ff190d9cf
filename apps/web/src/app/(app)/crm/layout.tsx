import type { ReactNode } from "react";
import { getViewer } from "~/server/caller";
import { CrmNav } from "./crm-nav";

export default async function CrmLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <>
      <div className="border-b border-zinc-200">
        <CrmNav
          canManageTeams={viewer?.capabilities.canManageTeams ?? false}
          canReadAnalytics={viewer?.permissions.includes("analytics:read") ?? false}
          canDeleteCrm={viewer?.capabilities.canDeleteCrm ?? false}
        />
      </div>
      <div className="mt-6">{children}</div>
    </>
  );
}
