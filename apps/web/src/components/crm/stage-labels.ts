import { openStages, opportunityStages, stageLabels } from "@harbor/api/services/crm/opportunities/stages";
import type { RouterOutputs } from "~/trpc/types";

export type Stage = RouterOutputs["crm"]["opportunities"]["list"]["items"][number]["stage"];

/** The board's columns, in pipeline order; `openStages` are the stages a new deal may start in. */
export { openStages, opportunityStages as stages, stageLabels };

/** Column accents (a dot, a chart's bar): the open stages warm up towards negotiation; won is green and lost grey-red. */
export const stageAccents: Record<Stage, string> = {
  prospect: "bg-zinc-400",
  qualified: "bg-sky-500",
  quoted: "bg-indigo-500",
  negotiation: "bg-amber-500",
  closed_won: "bg-emerald-500",
  closed_lost: "bg-red-400",
};
