import Link from "next/link";
import type { RouterOutputs } from "~/trpc/types";

type Task = RouterOutputs["crm"]["tasks"]["list"]["items"][number];

const linkClass = "text-indigo-600 hover:text-indigo-500";

/** What a task is about, linking to the page where that record is worked; nothing for a standalone task. */
export function TaskSubject({ task }: { task: Pick<Task, "lead" | "contact" | "opportunity"> }) {
  if (task.contact) {
    return (
      <Link href={`/crm/contacts/${task.contact.id}`} className={linkClass}>
        {task.contact.name}
      </Link>
    );
  }
  if (task.opportunity) {
    return (
      <Link href={`/crm/pipeline?opportunity=${task.opportunity.id}`} className={linkClass}>
        {task.opportunity.title}
      </Link>
    );
  }
  if (task.lead) {
    return (
      <Link href={`/crm/leads?lead=${task.lead.id}`} className={linkClass}>
        {task.lead.name}
      </Link>
    );
  }
  return null;
}
