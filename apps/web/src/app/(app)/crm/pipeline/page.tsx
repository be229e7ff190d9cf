import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { PipelineView } from "./pipeline-view";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <PipelineView
      canWrite={viewer.capabilities.canWriteCrm}
      canDelete={viewer.capabilities.canDeleteCrm}
      canUseCopilot={viewer.permissions.includes("copilot:use")}
      currentUserId={viewer.user.id}
    />
  );
}
