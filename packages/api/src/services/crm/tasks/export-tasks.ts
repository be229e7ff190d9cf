import { createdColumn, listExporter } from "../../export";
import { listTasks } from "./list-tasks";

/** The tasks list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportTasks = listExporter("tasks", listTasks, [
  { header: "Title", value: (row) => row.title },
  { header: "Status", value: (row) => row.status },
  { header: "Priority", value: (row) => row.priority },
  { header: "Due", value: (row) => row.dueAt },
  { header: "Overdue", value: (row) => row.isOverdue },
  { header: "Assignee", value: (row) => row.assignee?.name },
  { header: "Lead", value: (row) => row.lead?.name },
  { header: "Contact", value: (row) => row.contact?.name },
  { header: "Deal", value: (row) => row.opportunity?.title },
  { header: "Description", value: (row) => row.description },
  { header: "Completed", value: (row) => row.completedAt },
  createdColumn,
]);
