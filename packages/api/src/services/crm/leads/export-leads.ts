import { createdColumn, listExporter, ownerColumn, tagsColumn } from "../../export";
import { listLeads } from "./list-leads";

/** The leads list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportLeads = listExporter("leads", listLeads, [
  { header: "Name", value: (row) => row.name },
  { header: "Kind", value: (row) => row.kind },
  { header: "Status", value: (row) => row.status },
  { header: "Email", value: (row) => row.email },
  { header: "Phone", value: (row) => row.phone },
  { header: "Company", value: (row) => row.company },
  { header: "City", value: (row) => row.city },
  { header: "Source", value: (row) => row.source },
  { header: "Score", value: (row) => row.score },
  { header: "Value", value: (row) => row.value },
  tagsColumn,
  ownerColumn,
  { header: "Last interaction", value: (row) => row.lastInteractionAt },
  createdColumn,
]);
