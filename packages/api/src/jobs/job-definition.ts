import type { EventType } from "inngest";
import type { z } from "zod";

// One job definition, run by either engine (Documenso's jobs client, packages/lib/jobs/client, is
// the model): Inngest turns it into a function (apps/worker/src/engine/inngest-functions.ts), the
// embedded runner executes it over Postgres (apps/worker/src/engine/embedded). Handlers see only
// this small step API, which both engines implement with the same meaning.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An event as sent: `eventType.create(data, { id })` makes one. */
export interface SendableEvent {
  name: string;
  data: Record<string, unknown>;
  /** Deterministic ids make a second send of the same event a no-op on both engines. */
  id?: string;
  validate?: () => Promise<void>;
}

export interface JobStep {
  /** Runs `fn` once per run: its JSON result is memoized, a retry of the run returns it without running it again. */
  run<T extends Json>(id: string, fn: () => Promise<T>): Promise<T>;
  /** Resumes the run at `until` (at once when it has passed). */
  sleepUntil(id: string, until: Date): Promise<void>;
  /** Sends events as a step, so a retry does not send them twice. */
  sendEvent(id: string, events: SendableEvent[]): Promise<void>;
}

export interface JobContext<TData> {
  event: { name: string; data: TData; id?: string };
  step: JobStep;
  /** 1 for the first attempt. */
  attempt: number;
  runId: string;
}

type AnyEventType = EventType<string, z.ZodObject>;

export type JobTrigger = { event: AnyEventType } | { cron: string };

export interface JobDefinition<TData = Record<string, unknown>> {
  id: string;
  name: string;
  trigger: JobTrigger;
  /** A later event whose `match` field equals this run's cancels the run (Inngest `cancelOn`). */
  cancelOn?: { event: AnyEventType; match: string };
  /** Retries after the first attempt (Inngest's default is 3, so 4 attempts in all). */
  retries: number;
  /** Most runs of this job at once (per engine). */
  concurrency?: number;
  /** The trigger's data, validated by its zod schema (a cron's is empty). */
  parse(data: unknown): TData;
  handler(context: JobContext<TData>): Promise<Json>;
}

interface JobOptions {
  id: string;
  name: string;
  retries?: number;
  concurrency?: number;
}

export function defineEventJob<TSchema extends z.ZodObject>(
  options: JobOptions & {
    event: EventType<string, TSchema>;
    cancelOn?: { event: AnyEventType; match: string };
    handler: (context: JobContext<z.infer<TSchema>>) => Promise<Json>;
  },
): JobDefinition<z.infer<TSchema>> {
  const { event, handler, retries = 3, ...rest } = options;
  return { ...rest, retries, trigger: { event }, parse: (data) => event.schema.parse(data), handler };
}

/** A cron fans out and does no work itself; it can also be requested by its event (cronEventName). */
export function defineCronJob(
  options: JobOptions & { cron: string; handler: (context: JobContext<Record<string, never>>) => Promise<Json> },
): JobDefinition<Record<string, never>> {
  const { cron, handler, retries = 3, ...rest } = options;
  return { ...rest, retries, trigger: { cron }, parse: () => ({}), handler };
}

/** The event that runs a cron job now: its first run after start (jobs/first-runs), or a replay. */
export const cronEventName = (jobId: string) => `harbor/jobs.${jobId}.requested`;

/** The value at a dotted path of an event (`data.appointmentId`), as cancelOn compares it. */
export function valueAt(event: { data: unknown }, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), event);
}
