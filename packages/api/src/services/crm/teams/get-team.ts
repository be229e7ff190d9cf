import { db } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { teamMemberSelect, teamListSelect, withMemberCount } from "./team-select";

export async function getTeam({ actor, id }: { actor: UserActor; id: string }) {
  const team = await db.team.findFirst({
    where: { id: requireId(id), ...organizationScope(actor) },
    select: {
      ...teamListSelect,
      members: { select: teamMemberSelect, orderBy: [{ name: "asc" }, { id: "asc" }] },
    },
  });
  if (!team) throw notFound("Team");
  const { members, ...rest } = team;
  return { ...withMemberCount(rest), members };
}
