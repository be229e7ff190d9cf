import { db } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";
import { teamMemberSelect } from "./team-select";
import { findManageableTeam } from "./write-team";
import { summarySelect } from "../../summary-select";

/**
 * Who may be added to a team (the teams page's picker), as addTeamMember decides: active users of
 * the organization outside the team — for a manager, only those in no team yet.
 */
export async function listTeamCandidates({ actor, teamId }: { actor: UserActor; teamId: string }) {
  const team = await findManageableTeam(actor, teamId);
  const items = await db.user.findMany({
    where: {
      ...organizationScope(actor),
      status: "active",
      ...(actor.role === "manager" ? { teamId: null } : { OR: [{ teamId: null }, { teamId: { not: team.id } }] }),
    },
    select: { ...teamMemberSelect, team: summarySelect },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return { items };
}
