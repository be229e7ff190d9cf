import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "Renewals" };

export default function RenewalsPage() {
  return (
    <ModulePlaceholder
      title="Renewals"
      summary="Keep the book renewing: every policy coming up, who owns it and what is at risk."
      plans={[
        "Renewal cases with timeline, assignment, escalation and payment status",
        "Policy uploads with a result for every row",
        "Claims and customer surveys",
      ]}
    />
  );
}
