"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Tabs } from "~/components/ui/tabs";
import { KnowledgeHub } from "./knowledge-hub";
import { TrainingModules } from "./training-modules";

type Tab = "hub" | "training";

const tabs = [
  { value: "hub", label: "Knowledge hub" },
  { value: "training", label: "Training" },
] as const;

export function KnowledgeView({ canWrite }: { canWrite: boolean }) {
  const [tab, setTab] = useState<Tab>("hub");
  const openedId = useSearchParams().get("resource") ?? undefined;
  return (
    <>
      <PageHeader title="Knowledge" description="Guides, scripts and carrier notes the team relies on, and the training new producers work through." />
      <div className="mt-6">
        <Tabs label="Knowledge sections" items={tabs} value={tab} onChange={setTab} idPrefix="knowledge" />
        <div id="knowledge-panel" role="tabpanel" aria-labelledby={`knowledge-tab-${tab}`} className="mt-5">
          {tab === "hub" ? <KnowledgeHub key={openedId} canWrite={canWrite} openedId={openedId} /> : <TrainingModules canWrite={canWrite} />}
        </div>
      </div>
    </>
  );
}
