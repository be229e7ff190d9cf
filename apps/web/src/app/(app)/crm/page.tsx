import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "CRM" };

export default function CrmPage() {
  return (
    <ModulePlaceholder
      title="CRM"
      summary="Leads, contacts, policies and the pipeline your producers work every day."
      plans={[
        "Leads with AI scores that explain their factors, and conversion to contacts",
        "Contacts with health score, churn risk and an activity timeline",
        "Policies, opportunities by stage and the tasks that move them forward",
      ]}
    />
  );
}
