import { randomUUID } from "node:crypto";
import { db } from "@harbor/db";
import { inngest } from "../events/client";
import { inngestLocation, jobsEngine } from "./engine";
import type { SendableEvent } from "./job-definition";

/** A job could not be queued; the message is one line naming the event and the reason. */
export class JobQueueError extends Error {
  override name = "JobQueueError";
}

/**
 * The one way services start jobs. Inngest receives the events when it is the engine; otherwise
 * they go to the embedded runner's `job_events` table in the same Postgres, which the worker
 * reads. Either way an event id seen before is ignored, so deterministic ids make sends idempotent.
 */
export async function sendEvents(events: SendableEvent[]): Promise<void> {
  if (events.length === 0) return;
  const names = [...new Set(events.map((event) => event.name))].join(", ");
  try {
    await Promise.all(events.map((event) => event.validate?.()));
  } catch (error) {
    throw new JobQueueError(`Could not queue ${names}: invalid event data (${oneLine(error)})`);
  }
  const payload = events.map((event) => ({ id: event.id ?? randomUUID(), name: event.name, data: event.data }));
  if (jobsEngine() === "inngest") {
    try {
      await inngest.send(payload);
    } catch (error) {
      throw new JobQueueError(`Could not queue ${names}: ${inngestLocation()} did not accept it (${oneLine(error)})`);
    }
    return;
  }
  try {
    await db.jobEvent.createMany({
      data: payload.map((event) => ({ id: event.id, name: event.name, data: event.data as object })),
      skipDuplicates: true,
    });
  } catch (error) {
    throw new JobQueueError(`Could not queue ${names} for the embedded job runner: ${oneLine(error)}`);
  }
}

/**
 * For a change that is already committed: a job that cannot be queued is reported on one line,
 * never thrown at a user whose change has been saved.
 */
export async function sendEventsAfterCommit(events: SendableEvent[]): Promise<boolean> {
  try {
    await sendEvents(events);
    return true;
  } catch (error) {
    console.error(error instanceof JobQueueError ? error.message : `Could not queue jobs: ${oneLine(error)}`);
    return false;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((line) => line.trim() !== "")?.trim() ?? "unknown error";
}
