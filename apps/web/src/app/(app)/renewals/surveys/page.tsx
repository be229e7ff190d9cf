import type { Metadata } from "next";
import { PageHeader } from "~/components/page-header";
import { EmptyState } from "~/components/ui/empty-state";
import { requireViewer } from "~/server/caller";
import { SurveysView } from "./surveys-view";

export const metadata: Metadata = { title: "Surveys" };

export default async function SurveysPage() {
  const viewer = await requireViewer();
  const permissions: readonly string[] = viewer.permissions;
  if (!permissions.includes("surveys:read")) {
    return (
      <>
        <PageHeader title="Surveys" />
        <EmptyState title="Surveys are managed by admins and managers" className="mt-6" testId="surveys-forbidden">
          Ask a manager for a survey's results.
        </EmptyState>
      </>
    );
  }
  return <SurveysView canWrite={permissions.includes("surveys:write")} />;
}
