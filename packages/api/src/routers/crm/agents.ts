import { agentPerformance, listAgentsWithStats } from "../../services/crm/teams";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { agentPerformanceInput, agentPerformanceOutput, listAgentsInput, listAgentsOutput } from "./agents.schema";

export const agentsRouter = createTRPCRouter({
  /** Active agents and managers with their figures, computed in one aggregate query. */
  list: requirePermission("crm:read")
    .input(listAgentsInput.default({}))
    .output(listAgentsOutput)
    .query(serve(listAgentsWithStats)),

  /** Each agent's figures for a period [from, to): new leads and their conversion, deals won, premium written, activities by type. */
  performance: requirePermission("analytics:read").input(agentPerformanceInput).output(agentPerformanceOutput).query(serve(agentPerformance)),
});
