import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { DncView } from "./dnc-view";

export const metadata: Metadata = { title: "Do not contact" };

export default async function DncPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <DncView canManage={viewer.capabilities.canManageDnc} canRemove={viewer.capabilities.canRemoveDnc} />;
}
