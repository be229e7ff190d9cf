import { createdColumn, listExporter, ownerColumn, tagsColumn } from "../../export";
import { listContacts } from "./list-contacts";

/** The contacts list as CSV, with the list's filters and sort, within the caller's scope. */
export const exportContacts = listExporter("contacts", listContacts, [
  { header: "Name", value: (row) => row.name },
  { header: "Email", value: (row) => row.email },
  { header: "Phone", value: (row) => row.phone },
  { header: "Company", value: (row) => row.company },
  { header: "Title", value: (row) => row.title },
  { header: "Health score", value: (row) => row.healthScore },
  { header: "Churn risk", value: (row) => row.churnRisk },
  { header: "Sentiment", value: (row) => row.sentiment },
  tagsColumn,
  ownerColumn,
  { header: "Last contact", value: (row) => row.lastContactAt },
  { header: "Next follow-up", value: (row) => row.nextFollowUpAt },
  createdColumn,
]);
