import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { ClaimsView } from "./claims-view";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage() {
  const viewer = await requireViewer();
  const permissions: readonly string[] = viewer.permissions;
  return <ClaimsView canWrite={permissions.includes("claims:write")} canWriteFiles={permissions.includes("files:write")} />;
}
