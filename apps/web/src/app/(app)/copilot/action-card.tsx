import type { Route } from "next";
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

type Action = RouterOutputs["copilot"]["chat"]["actions"][number];

/** Where each kind of record the copilot touched is opened. */
function recordHref(action: Action): Route | null {
  const id = action.entityId;
  if (!id) return null;
  switch (action.entityType) {
    case "lead":
      return `/crm/leads?lead=${id}` as Route;
    case "contact":
      return `/crm/contacts/${id}` as Route;
    case "opportunity":
      return `/crm/pipeline?opportunity=${id}` as Route;
    case "ticket":
      return `/crm/tickets/${id}` as Route;
    case "task":
      return "/crm/tasks";
    case "appointment":
      return "/calendar";
    default:
      return null;
  }
}

const kindTones = { created: "green", updated: "indigo", logged: "neutral", drafted: "amber", scheduled: "indigo" } as const;

export function ActionCard({ action }: { action: Action }) {
  const href = recordHref(action);
  return (
    <div className="flex items-center justify-between gap-3 rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm" data-testid="copilot-action">
      <div className="flex items-center gap-2">
        <Badge tone={kindTones[action.kind]}>{action.kind}</Badge>
        <span className="text-zinc-800">{action.label}</span>
      </div>
      {href ? (
        <Link href={href} className="shrink-0 font-medium text-indigo-600 hover:text-indigo-500">
          Open
        </Link>
      ) : null}
    </div>
  );
}
