import { redirect } from "next/navigation";

// Ticket notifications link to /crm/tickets/<id>; the ticket opens in the service desk.
export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/crm/service-desk?ticket=${encodeURIComponent(id)}`);
}
