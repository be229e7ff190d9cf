import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { CopilotView } from "./copilot-view";

export const metadata: Metadata = { title: "Copilot" };

export default async function CopilotPage() {
  const viewer = await requireViewer();
  return <CopilotView canChat={viewer.permissions.includes("copilot:use")} canReviewSafetyLog={viewer.permissions.includes("copilot:safety-log")} />;
}
