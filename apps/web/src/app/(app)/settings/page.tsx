import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "~/components/page-header";
import { requireViewer } from "~/server/caller";
import { AiSettingsSection } from "./ai-settings-section";
import { ApiKeysSection } from "./api-keys-section";
import { JobsSection } from "./jobs-section";
import { OutboxSection } from "./outbox-section";
import { SecuritySection } from "./security-section";
import { UsersSection } from "./users-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer();
  const canManageUsers = viewer.permissions.includes("users:manage");

  return (
    <>
      <PageHeader
        title="Settings"
        description={`People and access for ${viewer.organization.name}.`}
        actions={
          viewer.capabilities.canReadAudit ? (
            <Link href="/settings/audit" className="text-sm font-medium text-indigo-600 hover:text-indigo-500" data-testid="open-audit-log">
              Audit log →
            </Link>
          ) : null
        }
      />
      <div className="mt-8 space-y-12">
        <UsersSection canManage={canManageUsers} currentUserId={viewer.user.id} />
        <SecuritySection canManageOrganization={viewer.permissions.includes("settings:manage")} />
        <ApiKeysSection seesWholeOrganization={canManageUsers} />
        {viewer.permissions.includes("copilot:settings") ? <AiSettingsSection /> : null}
        {viewer.permissions.includes("settings:manage") ? <JobsSection /> : null}
        {viewer.permissions.includes("settings:manage") ? <OutboxSection /> : null}
      </div>
    </>
  );
}
