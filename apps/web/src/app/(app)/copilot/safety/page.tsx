import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { getViewer } from "~/server/caller";
import { BlockedResponsesView } from "./blocked-responses-view";

export const metadata: Metadata = { title: "Blocked responses" };

export default async function BlockedResponsesPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  if (!viewer.permissions.includes("copilot:safety-log")) {
    return <EmptyState title="Not available">The log of blocked responses is for admins and compliance.</EmptyState>;
  }
  return <BlockedResponsesView />;
}
