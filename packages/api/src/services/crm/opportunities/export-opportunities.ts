import { csvDay, listExporter, type CsvColumn } from "../../export";
import { listOpportunities } from "./list-opportunities";

type OpportunityRow = Awaited<ReturnType<typeof listOpportunities>>["items"][number];

const columns: CsvColumn<OpportunityRow>[] = [
  { header: "Title", value: (row) => row.title },
  { header: "Stage", value: (row) => row.stage },
  { header: "Value", value: (row) => row.value },
  { header: "Probability", value: (row) => row.probability },
  { header: "Priority", value: (row) => row.priority },
  { header: "Expected close", value: (row) => csvDay(row.expectedCloseDate) },
  { header: "Contact", value: (row) => row.contact?.name },
  { header: "Company", value: (row) => row.contact?.company },
  { header: "Owner", value: (row) => row.owner?.name },
  { header: "Tags", value: (row) => row.tags.join(", ") },
  { header: "Closed", value: (row) => row.closedAt },
  { header: "Created", value: (row) => row.createdAt },
];

/** The deals list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportOpportunities = listExporter("deals", columns, listOpportunities);
