import { csvDay, listExporter, ownerColumn } from "../../export";
import { listPolicies } from "./list-policies";

/** The policies page as CSV: what the caller's list shows with these filters and sort. */
export const exportPolicies = listExporter("policies", listPolicies, [
  { header: "Policy number", value: (row) => row.policyNumber },
  { header: "Type", value: (row) => row.type },
  { header: "Carrier", value: (row) => row.carrier },
  { header: "Status", value: (row) => row.status },
  { header: "Premium", value: (row) => row.premium },
  { header: "Start date", value: (row) => csvDay(row.startDate) },
  { header: "End date", value: (row) => csvDay(row.endDate) },
  { header: "Renewal date", value: (row) => csvDay(row.renewalDate) },
  { header: "Contact", value: (row) => row.contact.name },
  ownerColumn,
]);
