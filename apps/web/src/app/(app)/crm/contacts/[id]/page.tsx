import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { ContactDetail } from "./contact-detail";

export const metadata: Metadata = { title: "Contact" };

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, requireViewer()]);
  const { capabilities } = viewer;
  return (
    <ContactDetail
      id={id}
      canWrite={capabilities.canWriteCrm}
      canDelete={capabilities.canDeleteCrm}
      canUseCopilot={viewer.permissions.includes("copilot:use")}
      canExportPersonData={capabilities.canExportPersonData}
      canErasePersonData={capabilities.canErasePersonData}
    />
  );
}
