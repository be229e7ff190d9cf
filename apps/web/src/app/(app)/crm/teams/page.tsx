import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { TeamsView } from "./teams-view";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireViewer();
  return <TeamsView canManage={viewer.capabilities.canManageTeams} isAdmin={viewer.capabilities.canManageUsers} ownTeamId={viewer.user.team?.id ?? null} />;
}
