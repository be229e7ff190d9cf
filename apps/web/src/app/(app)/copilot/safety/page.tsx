import type { Metadata } from "next";
import { EmptyState } from "~/components/ui/empty-state";
import { requireViewer } from "~/server/caller";
import { BlockedResponsesView } from "./blocked-responses-view";

export const metadata: Metadata = { title: "Blocked responses" };

export default async function BlockedResponsesPage() {
  const viewer = await requireViewer();
  if (!viewer.permissions.includes("copilot:safety-log")) {
    return <EmptyState title="Not available">The log of blocked responses is for admins and compliance.</EmptyState>;
  }
  return <BlockedResponsesView />;
}
