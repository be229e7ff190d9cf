import { createdColumn, csvDay, listExporter, ownerColumn, tagsColumn } from "../../export";
import { listOpportunities } from "./list-opportunities";

/** The deals list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportOpportunities = listExporter("deals", listOpportunities, [
  { header: "Title", value: (row) => row.title },
  { header: "Stage", value: (row) => row.stage },
  { header: "Value", value: (row) => row.value },
  { header: "Probability", value: (row) => row.probability },
  { header: "Priority", value: (row) => row.priority },
  { header: "Expected close", value: (row) => csvDay(row.expectedCloseDate) },
  { header: "Contact", value: (row) => row.contact?.name },
  { header: "Company", value: (row) => row.contact?.company },
  ownerColumn,
  tagsColumn,
  { header: "Closed", value: (row) => row.closedAt },
  createdColumn,
]);
