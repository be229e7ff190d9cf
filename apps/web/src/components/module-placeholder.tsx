import type { Metadata } from "next";
import { PageHeader } from "./page-header";

export interface ModulePlaceholderProps {
  title: string;
  summary: string;
  /** What the module will hold, stated plainly; nothing here is sample data. */
  plans: string[];
}

export function ModulePlaceholder({ title, summary, plans }: ModulePlaceholderProps) {
  return (
    <>
      <PageHeader title={title} description={summary} />
      <section
        data-testid="module-empty-state"
        className="mt-6 rounded-xl border border-dashed border-zinc-300 bg-zinc-50/50 px-6 py-12 text-center"
      >
        <p className="text-sm font-medium text-zinc-900">{title} is being built</p>
        <p className="mx-auto mt-1 max-w-md text-sm text-zinc-500">
          There is nothing to show here yet. When this module ships it will cover:
        </p>
        <ul className="mx-auto mt-4 max-w-md space-y-1 text-left text-sm text-zinc-600">
          {plans.map((plan) => (
            <li key={plan} className="flex gap-2">
              <span aria-hidden="true" className="mt-2 size-1 shrink-0 rounded-full bg-zinc-400" />
              {plan}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The modules not built yet, and what each will hold. */
const placeholderModules = {
  inbox: {
    title: "Inbox",
    summary: "Every conversation with clients and prospects in one place.",
    plans: ["Email, SMS, WhatsApp, chat and call transcripts in one thread per client", "AI sentiment, intent and urgency on incoming messages", "Templates, smart compose and campaigns"],
  },
  calendar: {
    title: "Calendar",
    summary: "Appointments, follow-ups and meeting preparation.",
    plans: ["Events and appointments with attendees, outcomes and follow-ups", "AI meeting preparation and scheduling that spots conflicts", "Reminders and Google Calendar sync"],
  },
  analytics: {
    title: "Analytics",
    summary: "Where the agency stands and where it is heading.",
    plans: ["Dashboards and KPIs compared with the previous period", "Pipeline forecast and stage statistics", "Campaign return and cost per lead over any date range"],
  },
} satisfies Record<string, ModulePlaceholderProps>;

/** A module's page until it ships: its title as metadata, and what it will cover. */
export function placeholderPage(module: keyof typeof placeholderModules): { metadata: Metadata; Page: () => React.JSX.Element } {
  const props = placeholderModules[module];
  return { metadata: { title: props.title }, Page: () => <ModulePlaceholder {...props} /> };
}
