import { defineCronJob, type SendableEvent } from "@harbor/api/jobs";
import { listOrganizationIds } from "@harbor/api/services/notifications/delete-expired";

/**
 * The cron of a per-organization job: it lists the organizations and, in one step, sends each its
 * event, `eventFor(organizationId, now)` with a deterministic id (organization and period), so a
 * replayed fan-out is ignored. It does no work itself.
 */
export function defineFanOutCronJob({
  fanOutStep,
  eventFor,
  ...job
}: {
  id: string;
  name: string;
  cron: string;
  fanOutStep: string;
  eventFor: (organizationId: string, now: string) => SendableEvent;
}) {
  return defineCronJob({
    ...job,
    handler: async ({ step }) => {
      const organizationIds = await step.run("list-organizations", () => listOrganizationIds());
      const now = new Date().toISOString();
      if (organizationIds.length === 0) return { organizations: 0 };
      await step.sendEvent(
        fanOutStep,
        organizationIds.map((organizationId) => eventFor(organizationId, now)),
      );
      return { organizations: organizationIds.length };
    },
  });
}
