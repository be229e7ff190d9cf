import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "~/server/caller";
import { HouseholdView } from "./household-view";

export const metadata: Metadata = { title: "Household" };

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  if (!viewer) redirect("/sign-in");
  return <HouseholdView id={id} canWrite={viewer.permissions.includes("crm:write")} />;
}
