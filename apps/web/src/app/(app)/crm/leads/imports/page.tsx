import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "~/components/page-header";
import { requireViewer } from "~/server/caller";
import { ImportHistoryView } from "./import-history-view";

export const metadata: Metadata = { title: "Import history" };

export default async function ImportHistoryPage() {
  const viewer = await requireViewer();
  if (!viewer.permissions.includes("crm:import")) redirect("/crm/leads");
  return (
    <>
      <div className="mb-2">
        <BackLink href="/crm/leads">Leads</BackLink>
      </div>
      <ImportHistoryView />
    </>
  );
}
