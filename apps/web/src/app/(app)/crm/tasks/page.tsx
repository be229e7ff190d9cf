import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { TasksView } from "./tasks-view";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const viewer = await requireViewer();
  return (
    <TasksView
      currentUserId={viewer.user.id}
      canWrite={viewer.capabilities.canWriteCrm}
      canAssignOthers={viewer.capabilities.canAssignOthers}
      canBulkAssign={viewer.capabilities.canWriteCrm}
    />
  );
}
