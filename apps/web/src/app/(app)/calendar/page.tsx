import type { Metadata } from "next";
import { ModulePlaceholder } from "~/components/module-placeholder";

export const metadata: Metadata = { title: "Calendar" };

export default function CalendarPage() {
  return (
    <ModulePlaceholder
      title="Calendar"
      summary="Appointments, follow-ups and meeting preparation."
      plans={[
        "Events and appointments with attendees, outcomes and follow-ups",
        "AI meeting preparation and scheduling that spots conflicts",
        "Reminders and Google Calendar sync",
      ]}
    />
  );
}
