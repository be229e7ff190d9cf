import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "~/server/caller";
import { AuditView } from "./audit-view";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const viewer = await requireViewer();
  if (!viewer.capabilities.canReadAudit) redirect("/settings");
  return <AuditView currentUserId={viewer.user.id} />;
}
