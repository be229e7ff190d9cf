import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { getViewer } from "~/server/caller";
import { LeadsWorkspace } from "./leads-workspace";

export const metadata: Metadata = { title: "Leads" };

export default async function LeadsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const { user, permissions } = viewer;
  const can = {
    write: permissions.includes("crm:write"),
    delete: permissions.includes("crm:delete"),
    import: permissions.includes("crm:import"),
    assignOthers: user.role === "admin" || user.role === "manager",
  };

  return (
    <Suspense fallback={<p className="text-sm text-zinc-500">Loading leads…</p>}>
      <LeadsWorkspace viewer={{ id: user.id, name: user.name }} can={can} />
    </Suspense>
  );
}
