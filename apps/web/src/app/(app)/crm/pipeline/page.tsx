import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { PipelineView } from "./pipeline-view";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <PipelineView canWrite={viewer.permissions.includes("crm:write")} canUseCopilot={viewer.permissions.includes("copilot:use")} canDelete={viewer.capabilities.canDeleteCrm} currentUserId={viewer.user.id} />;
}
