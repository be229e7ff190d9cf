import { openStages, opportunityStages, stageLabels } from "@harbor/api/services/crm/opportunities/stages";
import type { RouterOutputs } from "~/trpc/types";

export type Stage = RouterOutputs["crm"]["opportunities"]["list"]["items"][number]["stage"];

/** The board's columns, in pipeline order; `openStages` are the stages a new deal may start in. */
export { openStages, opportunityStages as stages, stageLabels };

/** Column accents: the open stages warm up towards negotiation; won is green and lost grey-red. */
export const stageAccents: Record<Stage, { bar: string; dot: string }> = {
  prospect: { bar: "bg-zinc-400", dot: "bg-zinc-400" },
  qualified: { bar: "bg-sky-500", dot: "bg-sky-500" },
  quoted: { bar: "bg-indigo-500", dot: "bg-indigo-500" },
  negotiation: { bar: "bg-amber-500", dot: "bg-amber-500" },
  closed_won: { bar: "bg-emerald-500", dot: "bg-emerald-500" },
  closed_lost: { bar: "bg-red-400", dot: "bg-red-400" },
};
