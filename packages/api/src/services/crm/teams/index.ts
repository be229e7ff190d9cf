export { listAgentsWithStats, type AgentStats, type AgentWithStats } from "./agent-stats";
export { addTeamMember, createTeam, deleteTeam, getTeam, listTeams, removeTeamMember, updateTeam } from "./teams";
