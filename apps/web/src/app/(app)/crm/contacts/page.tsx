import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { ContactsView } from "./contacts-view";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return <ContactsView canWrite={viewer.permissions.includes("crm:write")} canDelete={viewer.capabilities.canDeleteCrm} currentUserId={viewer.user.id} />;
}
