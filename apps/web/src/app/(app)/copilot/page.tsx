import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "Copilot" };

export default function CopilotPage() {
  return (
    <ModulePlaceholder
      title="Copilot"
      summary="Ask Harbor about your book; it answers with your permissions."
      plans={[
        "Chat that looks up leads, policies and renewals through tools you are allowed to use",
        "Natural-language questions over your data and generated insights",
        "Safety guardrails with a log of blocked responses",
      ]}
    />
  );
}
