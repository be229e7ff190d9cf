import { listExporter, type CsvColumn } from "../../export";
import { listLeads } from "./list-leads";

type LeadRow = Awaited<ReturnType<typeof listLeads>>["items"][number];

const columns: CsvColumn<LeadRow>[] = [
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
  { header: "Tags", value: (row) => row.tags.join(", ") },
  { header: "Owner", value: (row) => row.owner?.name },
  { header: "Last interaction", value: (row) => row.lastInteractionAt },
  { header: "Created", value: (row) => row.createdAt },
];

/** The leads list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportLeads = listExporter("leads", columns, listLeads);
