import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { RenewalsView } from "./renewals-view";

export const metadata: Metadata = { title: "Renewals" };

export default async function RenewalsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <RenewalsView canAssign={viewer.capabilities.canAssignRenewals} canUpload={viewer.capabilities.canUploadRenewals} />;
}
