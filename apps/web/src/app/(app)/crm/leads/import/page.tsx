import type { Metadata } from "next";
import { BackLink, PageHeader } from "~/components/page-header";
import { Alert } from "~/components/ui/alert";
import { requireViewer } from "~/server/caller";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Import leads" };

export default async function ImportLeadsPage({ searchParams }: PageProps<"/crm/leads/import">) {
  const viewer = await requireViewer();
  const { kind } = await searchParams;

  return (
    <>
      <div className="mb-2">
        <BackLink href="/crm/leads">Leads</BackLink>
      </div>
      <PageHeader title="Import leads" description="Bring in leads from a spreadsheet: check how its columns map, then import." />
      <div className="mt-6">
        {viewer.permissions.includes("crm:import") ? (
          <ImportWizard initialKind={kind === "recruit" ? "recruit" : "client"} canUseCopilot={viewer.permissions.includes("copilot:use")} />
        ) : (
          <Alert tone="info" data-testid="import-not-allowed">
            Your role cannot import leads. Ask a manager or an admin of your agency.
          </Alert>
        )}
      </div>
    </>
  );
}
