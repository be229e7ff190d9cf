import { db } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { forgetOrganizationActors } from "./actor-cache";

// The organization's account-security settings (spec 001/004): whether admins must use MFA.

export async function getSecuritySettings({ actor }: { actor: UserActor }) {
  return db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireMfaForAdmins: true } });
}

export async function updateSecuritySettings({ actor, requireMfaForAdmins }: { actor: UserActor; requireMfaForAdmins: boolean }) {
  const settings = await db.organization.update({ where: { id: actor.organizationId }, data: { requireMfaForAdmins }, select: { requireMfaForAdmins: true } });
  await forgetOrganizationActors(actor.organizationId);
  return settings;
}
