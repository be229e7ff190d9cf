import { auditedTransaction } from "../../audit";
import { db } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { assertJoinableByActor } from "../../../access/team-membership";
import { fieldError } from "../../../errors";
import { forgetUserActors } from "../../auth/actor-cache";
import { getTeam } from "./get-team";
import { findManageableTeam } from "./write-team";

async function findMember(actor: UserActor, userId: string) {
  const user = await db.user.findFirst({
    where: { id: requireId(userId, "userId"), ...organizationScope(actor) },
    select: { id: true, teamId: true, status: true, role: true },
  });
  if (!user) throw fieldError("userId", "No user with this id in the organization");
  return user;
}

export async function addTeamMember({ actor, teamId, userId }: { actor: UserActor; teamId: string; userId: string }) {
  const team = await findManageableTeam(actor, teamId);
  const user = await findMember(actor, userId);
  if (user.teamId !== team.id) {
    if (user.status !== "active") throw fieldError("userId", "Deactivated users cannot join a team");
    assertJoinableByActor(actor, user);
    await auditedTransaction((tx) => tx.user.update({ where: { id: user.id }, data: { teamId: team.id } }));
    await forgetUserActors(user.id);
  }
  return getTeam({ actor, id: team.id });
}

export async function removeTeamMember({ actor, teamId, userId }: { actor: UserActor; teamId: string; userId: string }) {
  const team = await findManageableTeam(actor, teamId);
  const user = await findMember(actor, userId);
  if (user.teamId !== team.id) throw fieldError("userId", "This user is not a member of the team");
  await auditedTransaction((tx) => tx.user.update({ where: { id: user.id }, data: { teamId: null } }));
  await forgetUserActors(user.id);
  return getTeam({ actor, id: team.id });
}
