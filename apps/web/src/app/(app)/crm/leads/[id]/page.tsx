import { redirect } from "next/navigation";

/**
 * A lead's own address (notifications link here): the leads page with its drawer open. The
 * drawer reports a lead the viewer cannot see, so nothing is looked up here.
 */
export default async function LeadPage({ params }: PageProps<"/crm/leads/[id]">) {
  const { id } = await params;
  redirect(`/crm/leads?lead=${encodeURIComponent(id)}`);
}
