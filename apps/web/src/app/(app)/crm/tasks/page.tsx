import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { TasksView } from "./tasks-view";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <TasksView
      currentUserId={viewer.user.id}
      canWrite={viewer.capabilities.canWriteCrm}
      canAssignOthers={viewer.capabilities.canAssignOthers}
      canBulkAssign={viewer.capabilities.canWriteCrm}
    />
  );
}
