import Link from "next/link";
import { recordHref } from "~/components/crm/record-href";
import { Badge } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

type Action = RouterOutputs["copilot"]["chat"]["actions"][number];

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
