import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { permissionsOf } from "../../access/permissions";
import { notFound } from "../../errors";

export async function getMe({ actor }: { actor: UserActor }) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      title: true,
      lastLoginAt: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
      organization: { select: { id: true, name: true, slug: true } },
    },
  });
  if (!user) throw notFound("User");
  const { organization, ...rest } = user;
  return { user: rest, organization, permissions: permissionsOf(user.role), via: actor.via };
}
