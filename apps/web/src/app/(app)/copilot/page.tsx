import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { CopilotView } from "./copilot-view";

export const metadata: Metadata = { title: "Copilot" };

export default async function CopilotPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <CopilotView canChat={viewer.permissions.includes("copilot:use")} canReviewSafetyLog={viewer.permissions.includes("copilot:safety-log")} />;
}
