import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { ClaimsView } from "./claims-view";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  const permissions: readonly string[] = viewer.permissions;
  return <ClaimsView canWrite={permissions.includes("claims:write")} canWriteFiles={permissions.includes("files:write")} />;
}
