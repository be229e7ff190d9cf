import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { ContactsView } from "./contacts-view";

export const metadata: Metadata = { title: "Contacts" };

export default async function ContactsPage() {
  const viewer = await requireViewer();
  return <ContactsView canWrite={viewer.capabilities.canWriteCrm} canDelete={viewer.capabilities.canDeleteCrm} currentUserId={viewer.user.id} />;
}
