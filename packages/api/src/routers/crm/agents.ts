import { listAgentsWithStats } from "../../services/crm/teams";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { listAgentsInput, listAgentsOutput } from "./agents.schema";

export const agentsRouter = createTRPCRouter({
  /** Active agents and managers with their figures, computed in one aggregate query. */
  list: requirePermission("crm:read")
    .input(listAgentsInput.default({}))
    .output(listAgentsOutput)
    .query(({ ctx, input }) => listAgentsWithStats({ actor: ctx.actor, teamId: input.teamId })),
});
