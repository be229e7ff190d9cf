import { systemActor, type SystemActor } from "@harbor/api";
import { defineEventJob, type JobContext, type Json } from "@harbor/api/jobs";
import type { z } from "zod";

type EventJobOptions<TSchema extends z.ZodObject> = Parameters<typeof defineEventJob<TSchema>>[0];

/**
 * A job on one organization's records: its event names the organization, and the handler acts as
 * that organization's system actor, whose reason is `systemActor` (so `grep systemActor` finds
 * every job that bypasses record-level rules, with its reason).
 */
export function defineOrganizationJob<TSchema extends z.ZodObject<{ organizationId: z.ZodType<string> }>>({
  systemActor: reason,
  handler,
  ...job
}: Omit<EventJobOptions<TSchema>, "handler"> & {
  systemActor: string;
  handler: (context: JobContext<z.infer<TSchema>> & { actor: SystemActor }) => Promise<Json>;
}) {
  return defineEventJob<TSchema>({ ...job, handler: (context) => handler({ ...context, actor: systemActor(context.event.data.organizationId, reason) }) });
}
