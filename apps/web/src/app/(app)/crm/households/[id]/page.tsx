import type { Metadata } from "next";
import { requireViewer } from "~/server/caller";
import { HouseholdView } from "./household-view";

export const metadata: Metadata = { title: "Household" };

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, requireViewer()]);
  return <HouseholdView id={id} canWrite={viewer.permissions.includes("crm:write")} />;
}
