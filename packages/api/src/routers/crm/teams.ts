import { addTeamMember, createTeam, deleteTeam, getTeam, listTeams, removeTeamMember, updateTeam } from "../../services/crm/teams";
import { createTRPCRouter, requirePermission } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import {
  createTeamInput,
  listTeamsInput,
  listTeamsOutput,
  teamDetailOutput,
  teamIdInput,
  teamMemberInput,
  teamOutput,
  updateTeamInput,
} from "./teams.schema";

const readTeams = requirePermission("crm:read");
const manageTeams = requirePermission("teams:manage", { auditEntity: "team" });

export const teamsRouter = createTRPCRouter({
  /** Teams by name, each with its count of active members. */
  list: readTeams
    .input(listTeamsInput)
    .output(listTeamsOutput)
    .query(({ ctx, input }) => listTeams({ actor: ctx.actor, ...input })),

  get: readTeams
    .input(teamIdInput)
    .output(teamDetailOutput)
    .query(({ ctx, input }) => getTeam({ actor: ctx.actor, id: input.id })),

  create: manageTeams
    .input(createTeamInput)
    .output(teamOutput)
    .mutation(({ ctx, input }) => createTeam({ actor: ctx.actor, ...input })),

  update: manageTeams
    .input(updateTeamInput)
    .output(teamOutput)
    .mutation(({ ctx, input }) => updateTeam({ actor: ctx.actor, ...input })),

  /** CONFLICT while the team has active members: move them to another team first. */
  delete: manageTeams
    .input(teamIdInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => deleteTeam({ actor: ctx.actor, id: input.id })),

  addMember: manageTeams
    .input(teamMemberInput)
    .output(teamDetailOutput)
    .mutation(({ ctx, input }) => addTeamMember({ actor: ctx.actor, ...input })),

  removeMember: manageTeams
    .input(teamMemberInput)
    .output(teamDetailOutput)
    .mutation(({ ctx, input }) => removeTeamMember({ actor: ctx.actor, ...input })),
});
