import { db } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope } from "../../../access/organization-scope";

// An organization's renewal settings: how many days before its renewal date a policy gets a case.

export const DEFAULT_RENEWAL_WINDOW_DAYS = 60;

export async function getRenewalSettings({ actor }: { actor: Actor }) {
  const { organizationId } = organizationScope(actor);
  const row = await db.renewalSettings.findUnique({ where: { organizationId }, select: { windowDays: true } });
  return { windowDays: row?.windowDays ?? DEFAULT_RENEWAL_WINDOW_DAYS };
}

export async function updateRenewalSettings({ actor, windowDays }: { actor: Actor; windowDays: number }) {
  const { organizationId } = organizationScope(actor);
  const row = await db.renewalSettings.upsert({ where: { organizationId }, create: { organizationId, windowDays }, update: { windowDays }, select: { windowDays: true } });
  return { windowDays: row.windowDays };
}
