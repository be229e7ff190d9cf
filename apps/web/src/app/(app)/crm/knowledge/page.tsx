import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { KnowledgeView } from "./knowledge-view";

export const metadata: Metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <KnowledgeView canWrite={viewer.permissions.includes("knowledge:write")} />;
}
