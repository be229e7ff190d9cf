import { apiEnv } from "@harbor/api/env";
import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { CaseView } from "./case-view";

export const metadata: Metadata = { title: "Renewal case" };

export default async function RenewalCasePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, requireViewer()]);
  const permissions: readonly string[] = viewer.permissions;
  return (
    <CaseView
      id={id}
      canWrite={viewer.capabilities.canWriteRenewals}
      canEscalate={viewer.capabilities.canEscalateRenewals}
      files={{ canWrite: permissions.includes("files:write"), maxBytes: apiEnv().FILES_MAX_BYTES }}
    />
  );
}
