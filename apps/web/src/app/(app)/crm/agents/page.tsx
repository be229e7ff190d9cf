import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { AgentsView } from "./agents-view";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const viewer = await requireViewer();
  return <AgentsView canRead={viewer.permissions.includes("analytics:read")} />;
}
