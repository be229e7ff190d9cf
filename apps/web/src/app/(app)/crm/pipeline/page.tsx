import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { PipelineView } from "./pipeline-view";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const viewer = await requireViewer();
  return (
    <PipelineView
      canWrite={viewer.capabilities.canWriteCrm}
      canDelete={viewer.capabilities.canDeleteCrm}
      canUseCopilot={viewer.permissions.includes("copilot:use")}
      currentUserId={viewer.user.id}
    />
  );
}
