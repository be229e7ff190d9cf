import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "Analytics" };

export default function AnalyticsPage() {
  return (
    <ModulePlaceholder
      title="Analytics"
      summary="Where the agency stands and where it is heading."
      plans={[
        "Dashboards and KPIs compared with the previous period",
        "Pipeline forecast and stage statistics",
        "Campaign return and cost per lead over any date range",
      ]}
    />
  );
}
