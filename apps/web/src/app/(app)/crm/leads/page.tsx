import type { Metadata } from "next";
import { Suspense } from "react";
import { requireViewer } from "~/server/caller";
import { LeadsWorkspace } from "./leads-workspace";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage() {
  const viewer = await requireViewer();
  const { user, capabilities } = viewer;
  const can = {
    write: capabilities.canWriteCrm,
    delete: capabilities.canDeleteCrm,
    import: capabilities.canImport,
    assignOthers: capabilities.canAssignOthers,
    useCopilot: viewer.permissions.includes("copilot:use"),
  };

  return (
    <Suspense fallback={<p className="text-sm text-zinc-500">Loading leads…</p>}>
      <LeadsWorkspace viewer={{ id: user.id, name: user.name }} can={can} />
    </Suspense>
  );
}
