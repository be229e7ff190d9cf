import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { UploadView } from "./upload-view";

export const metadata: Metadata = { title: "Upload renewal file" };

export default async function RenewalUploadPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (!viewer.capabilities.canUploadRenewals) redirect("/renewals");
  return <UploadView />;
}
