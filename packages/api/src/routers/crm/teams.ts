import { addTeamMember, createTeam, deleteTeam, getTeam, listTeamCandidates, listTeams, removeTeamMember, updateTeam } from "../../services/crm/teams";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import { deletedOutput } from "../shared.schema";
import {
  createTeamInput,
  listTeamsInput,
  listTeamsOutput,
  teamCandidatesInput,
  teamCandidatesOutput,
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
  list: readTeams.input(listTeamsInput).output(listTeamsOutput).query(serve(listTeams)),

  get: readTeams.input(teamIdInput).output(teamDetailOutput).query(serve(getTeam)),

  create: manageTeams.input(createTeamInput).output(teamOutput).mutation(serve(createTeam)),

  update: manageTeams.input(updateTeamInput).output(teamOutput).mutation(serve(updateTeam)),

  /** CONFLICT while the team has active members: move them to another team first. */
  delete: manageTeams.input(teamIdInput).output(deletedOutput).mutation(serve(deleteTeam)),

  /** Who addMember would accept: active users outside the team (for a manager, those in no team). */
  candidates: requirePermission("teams:manage").input(teamCandidatesInput).output(teamCandidatesOutput).query(serve(listTeamCandidates)),

  addMember: manageTeams.input(teamMemberInput).output(teamDetailOutput).mutation(serve(addTeamMember)),

  removeMember: manageTeams.input(teamMemberInput).output(teamDetailOutput).mutation(serve(removeTeamMember)),
});
