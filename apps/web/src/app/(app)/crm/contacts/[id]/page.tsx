import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { ContactDetail } from "./contact-detail";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  if (!viewer) redirect("/sign-in");
  return (
    <ContactDetail
      id={id}
      canWrite={viewer.permissions.includes("crm:write")}
      canDelete={viewer.permissions.includes("crm:delete")}
      canUseCopilot={viewer.permissions.includes("copilot:use")}
    />
  );
}
