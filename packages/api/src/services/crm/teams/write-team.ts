import { auditedTransaction } from "../../audit";
import { db } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, requireId } from "../../../access/organization-scope";
import { AppError, fieldConflict, notFound } from "../../../errors";
import { forgetOrganizationActors } from "../../auth/actor-cache";
import { teamListSelect, withMemberCount } from "./team-select";

// Teams of an organization. Everyone in the organization may read them (names and members are
// not confidential, and the team decides what a manager sees). Changing them needs teams:manage,
// and then:
//
//   admin     any team of the organization
//   manager   creates teams, and changes only their own team; members can be added only when
//             they belong to no team yet (taking someone from another team is an admin's call)
//
// A team with active members cannot be deleted: move them first (admin.users.update or
// addMember on another team). Silently unassigning them would change, without anyone deciding
// it, which records their manager sees. Deactivated members are unassigned with the delete.

/** The team, if it exists in the organization and the actor may change it. */
export async function findManageableTeam(actor: UserActor, id: string) {
  const team = await db.team.findFirst({ where: { id: requireId(id), ...organizationScope(actor) }, select: { id: true } });
  if (!team) throw notFound("Team");
  if (actor.role === "manager" && actor.teamId !== team.id) {
    throw new AppError("FORBIDDEN", "Managers can only change their own team");
  }
  return team;
}

async function assertNameFree(organizationId: string, name: string, exceptId?: string) {
  const clash = await db.team.findFirst({
    where: { organizationId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw fieldConflict("name", "A team with this name already exists");
}

export async function createTeam({ actor, name, description }: { actor: UserActor; name: string; description?: string | null }) {
  await assertNameFree(actor.organizationId, name);
  const team = await auditedTransaction((tx) => tx.team.create({
    data: { organizationId: actor.organizationId, name, description: description ?? null },
    select: teamListSelect,
  }));
  return withMemberCount(team);
}

export interface UpdateTeamInput {
  actor: UserActor;
  id: string;
  name?: string;
  description?: string | null;
}

export async function updateTeam({ actor, id, name, description }: UpdateTeamInput) {
  const team = await findManageableTeam(actor, id);
  if (name !== undefined) await assertNameFree(actor.organizationId, name, team.id);
  const updated = await auditedTransaction((tx) => tx.team.update({
    where: { id: team.id },
    data: { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) },
    select: teamListSelect,
  }));
  return withMemberCount(updated);
}

export async function deleteTeam({ actor, id }: { actor: UserActor; id: string }) {
  const team = await findManageableTeam(actor, id);
  const deleted = await auditedTransaction(async (tx) => {
    const activeMembers = await tx.user.count({ where: { teamId: team.id, status: "active" } });
    if (activeMembers > 0) {
      throw fieldConflict("id", `Move the team's ${activeMembers} active member${activeMembers === 1 ? "" : "s"} to another team first`);
    }
    await tx.user.updateMany({ where: { teamId: team.id }, data: { teamId: null } });
    await tx.team.delete({ where: { id: team.id } });
    return { id: team.id };
  });
  await forgetOrganizationActors(actor.organizationId);
  return deleted;
}
