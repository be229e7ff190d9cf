import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "~/server/caller";
import { UploadView } from "./upload-view";

export const metadata: Metadata = { title: "Upload renewal file" };

export default async function RenewalUploadPage() {
  const viewer = await requireViewer();
  if (!viewer.capabilities.canUploadRenewals) redirect("/renewals");
  return <UploadView />;
}
