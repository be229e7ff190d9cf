import type { Actor } from "../../../access/actor";
import { exportList, type CsvColumn } from "../../export";
import { listPolicies, type ListPoliciesInput } from "./list-policies";

type PolicyRow = Awaited<ReturnType<typeof listPolicies>>["items"][number];

const columns: CsvColumn<PolicyRow>[] = [
  { header: "Policy number", value: (row) => row.policyNumber },
  { header: "Type", value: (row) => row.type },
  { header: "Carrier", value: (row) => row.carrier },
  { header: "Status", value: (row) => row.status },
  { header: "Premium", value: (row) => row.premium },
  { header: "Start date", value: (row) => row.startDate.toISOString().slice(0, 10) },
  { header: "End date", value: (row) => row.endDate.toISOString().slice(0, 10) },
  { header: "Renewal date", value: (row) => row.renewalDate?.toISOString().slice(0, 10) },
  { header: "Contact", value: (row) => row.contact.name },
  { header: "Owner", value: (row) => row.owner?.name },
];

/** The policies page as CSV: what the caller's list shows with these filters and sort. */
export function exportPolicies(input: Omit<ListPoliciesInput, "cursor" | "limit"> & { actor: Actor }) {
  return exportList({ name: "policies", columns, readPage: (page) => listPolicies({ ...input, ...page }) });
}
