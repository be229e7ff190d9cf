import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { AppError, fieldError, notFound } from "../../../errors";
import { forgetOrganizationActors, forgetUserActors } from "../../auth/actor-cache";
import { readKeysetList, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";

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

export const teamMemberSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  title: true,
} as const satisfies Prisma.UserSelect;

const teamListSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: { where: { status: "active" } } } },
} as const satisfies Prisma.TeamSelect;

type TeamRow = Prisma.TeamGetPayload<{ select: typeof teamListSelect }>;

function withMemberCount({ _count, ...team }: TeamRow) {
  return { ...team, memberCount: _count.members };
}

const byName: KeysetSort = { field: "name", direction: "asc", kind: "string" };

export interface ListTeamsInput {
  actor: UserActor;
  cursor?: string;
  limit: number;
  search?: string;
}

export async function listTeams({ actor, cursor, limit, search }: ListTeamsInput) {
  const where: Prisma.TeamWhereInput = within(organizationScope(actor), search ? { name: containsText(search) } : {});
  const { items, ...page } = await readKeysetList({
    where,
    sort: byName,
    cursor,
    limit,
    search,
    findMany: (args) => db.team.findMany({ ...args, select: teamListSelect }),
    count: (args) => db.team.count(args),
    valueOf: (row) => row.name,
  });
  return { items: items.map(withMemberCount), ...page };
}

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

/** The team, if it exists in the organization and the actor may change it. */
async function findManageableTeam(actor: UserActor, id: string) {
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
  if (clash) {
    throw new AppError("CONFLICT", "A team with this name already exists", { fieldErrors: { name: ["A team with this name already exists"] } });
  }
}

export async function createTeam({ actor, name, description }: { actor: UserActor; name: string; description?: string | null }) {
  await assertNameFree(actor.organizationId, name);
  const team = await db.team.create({
    data: { organizationId: actor.organizationId, name, description: description ?? null },
    select: teamListSelect,
  });
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
  const updated = await db.team.update({
    where: { id: team.id },
    data: { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) },
    select: teamListSelect,
  });
  return withMemberCount(updated);
}

export async function deleteTeam({ actor, id }: { actor: UserActor; id: string }) {
  const team = await findManageableTeam(actor, id);
  const deleted = await db.$transaction(async (tx) => {
    const activeMembers = await tx.user.count({ where: { teamId: team.id, status: "active" } });
    if (activeMembers > 0) {
      const message = `Move the team's ${activeMembers} active member${activeMembers === 1 ? "" : "s"} to another team first`;
      throw new AppError("CONFLICT", message, { fieldErrors: { id: [message] } });
    }
    await tx.user.updateMany({ where: { teamId: team.id }, data: { teamId: null } });
    await tx.team.delete({ where: { id: team.id } });
    return { id: team.id };
  });
  forgetOrganizationActors(actor.organizationId);
  return deleted;
}

async function findMember(actor: UserActor, userId: string) {
  const user = await db.user.findFirst({
    where: { id: requireId(userId, "userId"), ...organizationScope(actor) },
    select: { id: true, teamId: true, status: true },
  });
  if (!user) throw fieldError("userId", "No user with this id in the organization");
  return user;
}

export async function addTeamMember({ actor, teamId, userId }: { actor: UserActor; teamId: string; userId: string }) {
  const team = await findManageableTeam(actor, teamId);
  const user = await findMember(actor, userId);
  if (user.teamId !== team.id) {
    if (user.status !== "active") throw fieldError("userId", "Deactivated users cannot join a team");
    if (actor.role === "manager" && user.teamId !== null) {
      throw new AppError("FORBIDDEN", "This user belongs to another team; an admin can move them", {
        fieldErrors: { userId: ["This user belongs to another team; an admin can move them"] },
      });
    }
    await db.user.update({ where: { id: user.id }, data: { teamId: team.id } });
    forgetUserActors(user.id);
  }
  return getTeam({ actor, id: team.id });
}

export async function removeTeamMember({ actor, teamId, userId }: { actor: UserActor; teamId: string; userId: string }) {
  const team = await findManageableTeam(actor, teamId);
  const user = await findMember(actor, userId);
  if (user.teamId !== team.id) throw fieldError("userId", "This user is not a member of the team");
  await db.user.update({ where: { id: user.id }, data: { teamId: null } });
  forgetUserActors(user.id);
  return getTeam({ actor, id: team.id });
}
