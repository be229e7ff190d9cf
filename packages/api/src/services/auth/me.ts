import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { capabilitiesOf } from "../../access/capabilities";
import { permissionsOf } from "../../access/permissions";
import { notFound } from "../../errors";
import { userSelect } from "../admin/users";

export async function getMe({ actor }: { actor: UserActor }) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { ...userSelect, emailVerifiedAt: true, mfaEnabledAt: true, organization: { select: { id: true, name: true, slug: true, requireMfaForAdmins: true } } },
  });
  if (!user) throw notFound("User");
  const { organization, emailVerifiedAt, mfaEnabledAt, ...rest } = user;
  return {
    user: rest,
    organization,
    security: {
      emailVerified: Boolean(emailVerifiedAt),
      mfaEnabled: Boolean(mfaEnabledAt),
      mfaRequired: organization.requireMfaForAdmins && user.role === "admin",
      pending: actor.pending ?? null,
      apiKeyScope: actor.apiKeyScope ?? null,
    },
    permissions: permissionsOf(user.role),
    capabilities: capabilitiesOf(actor),
    via: actor.via,
  };
}
