import { db } from "@harbor/db";
import type { SystemActor } from "../../access/actor";
import { recordAudit } from "../audit/record-audit";

/** The worker function that cleans up one organization's notifications (job_runs.functionId). */
export const NOTIFICATIONS_CLEANUP_FUNCTION_ID = "notifications-cleanup-organization";

/** Deletes the organization's notifications whose expiry has passed. Safe to run any number of times. */
export async function deleteExpiredNotifications({ actor, now }: { actor: SystemActor; now: Date }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.deleteMany({
      where: { organizationId: actor.organizationId, expiresAt: { lte: now } },
    });
    if (count > 0) {
      await recordAudit(tx, { actor, action: actor.reason, entityType: "notification", changes: { deleted: count, before: now } });
    }
    return { deleted: count };
  });
}

export async function listOrganizationIds(): Promise<string[]> {
  const organizations = await db.organization.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
  return organizations.map((organization) => organization.id);
}
