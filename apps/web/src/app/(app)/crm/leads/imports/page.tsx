import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "~/components/page-header";
import { getViewer } from "~/server/caller";
import { ImportHistoryView } from "./import-history-view";

export const metadata: Metadata = { title: "Import history" };

export default async function ImportHistoryPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
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
