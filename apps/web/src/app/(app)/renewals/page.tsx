import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { RenewalsView } from "./renewals-view";

export const metadata: Metadata = { title: "Renewals" };

export default async function RenewalsPage() {
  const viewer = await requireViewer();
  return <RenewalsView canAssign={viewer.capabilities.canAssignRenewals} canUpload={viewer.capabilities.canUploadRenewals} />;
}
