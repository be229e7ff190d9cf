import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "~/server/caller";
import { SurveyDetailView } from "./survey-detail-view";

export const metadata: Metadata = { title: "Survey" };

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const permissions: readonly string[] = viewer.permissions;
  if (!permissions.includes("surveys:read")) notFound();
  const { id } = await params;
  return <SurveyDetailView id={id} canWrite={permissions.includes("surveys:write")} />;
}
