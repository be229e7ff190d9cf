export { agentPerformance } from "./agent-performance";
export { getTeam } from "./get-team";
export { listAgentsWithStats, type AgentStats, type AgentWithStats } from "./list-agents";
export { listTeamCandidates } from "./list-team-candidates";
export { listTeams, type ListTeamsInput } from "./list-teams";
export { teamListSelect, teamMemberSelect } from "./team-select";
export { addTeamMember, removeTeamMember } from "./write-team-member";
export { createTeam, deleteTeam, updateTeam, type UpdateTeamInput } from "./write-team";
