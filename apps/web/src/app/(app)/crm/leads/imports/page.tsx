import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
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
        <Link href="/crm/leads" className="text-sm text-zinc-500 hover:text-zinc-900">
          ← Leads
        </Link>
      </div>
      <ImportHistoryView />
    </>
  );
}
