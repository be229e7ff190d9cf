import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { ServiceDeskView } from "./service-desk-view";

export const metadata: Metadata = { title: "Service desk" };

export default async function ServiceDeskPage() {
  const viewer = await requireViewer();
  return (
    <ServiceDeskView
      currentUserId={viewer.user.id}
      canWrite={viewer.capabilities.canWriteCrm}
      canAssignOthers={viewer.capabilities.canAssignOthers}
    />
  );
}
