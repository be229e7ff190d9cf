import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { AgentsView } from "./agents-view";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <AgentsView canRead={viewer.permissions.includes("analytics:read")} />;
}
