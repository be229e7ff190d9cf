import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { PoliciesView } from "./policies-view";

export const metadata: Metadata = { title: "Policies" };

export default async function PoliciesPage() {
  const viewer = await requireViewer();
  return <PoliciesView currentUserId={viewer.user.id} canWrite={viewer.capabilities.canWriteCrm} canDelete={viewer.capabilities.canDeleteCrm} />;
}
