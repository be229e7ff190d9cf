import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { DncView } from "./dnc-view";

export const metadata: Metadata = { title: "Do not contact" };

export default async function DncPage() {
  const viewer = await requireViewer();
  return <DncView canManage={viewer.capabilities.canManageDnc} canRemove={viewer.capabilities.canRemoveDnc} />;
}
