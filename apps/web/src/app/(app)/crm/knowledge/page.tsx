import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { KnowledgeView } from "./knowledge-view";

export const metadata: Metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  const viewer = await requireViewer();
  return <KnowledgeView canWrite={viewer.permissions.includes("knowledge:write")} />;
}
