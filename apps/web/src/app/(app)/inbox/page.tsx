import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "Inbox" };

export default function InboxPage() {
  return (
    <ModulePlaceholder
      title="Inbox"
      summary="Every conversation with clients and prospects in one place."
      plans={[
        "Email, SMS, WhatsApp, chat and call transcripts in one thread per client",
        "AI sentiment, intent and urgency on incoming messages",
        "Templates, smart compose and campaigns",
      ]}
    />
  );
}
