import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { capabilitiesOf } from "../../access/capabilities";
import { permissionsOf } from "../../access/permissions";
import { notFound } from "../../errors";
import { userSelect } from "../admin/users";

export async function getMe({ actor }: { actor: UserActor }) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { ...userSelect, organization: { select: { id: true, name: true, slug: true } } },
  });
  if (!user) throw notFound("User");
  const { organization, ...rest } = user;
  return {
    user: rest,
    organization,
    permissions: permissionsOf(user.role),
    capabilities: capabilitiesOf(actor),
    via: actor.via,
  };
}
