import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { PoliciesView } from "./policies-view";

export const metadata: Metadata = { title: "Policies" };

export default async function PoliciesPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <PoliciesView currentUserId={viewer.user.id} canWrite={viewer.capabilities.canWriteCrm} canDelete={viewer.capabilities.canDeleteCrm} />;
}
