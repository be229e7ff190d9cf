import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { TeamsView } from "./teams-view";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <TeamsView canManage={viewer.capabilities.canManageTeams} isAdmin={viewer.capabilities.canManageUsers} ownTeamId={viewer.user.team?.id ?? null} />;
}
