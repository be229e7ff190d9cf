import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "~/server/caller";
import { TrashView } from "./trash-view";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const viewer = await requireViewer();
  if (!viewer.capabilities.canDeleteCrm) redirect("/crm");
  return <TrashView canPurge={viewer.capabilities.canPurgeTrash} />;
}
