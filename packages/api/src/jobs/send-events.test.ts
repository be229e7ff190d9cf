import { db } from "@harbor/db";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetApiEnv } from "../env";
import { appointmentChanged } from "../events/calendar";
import { jobsEngine } from "./engine";
import { JobQueueError, sendEvents, sendEventsAfterCommit } from "./send-events";

const inngestVariables = ["INNGEST_DEV", "INNGEST_BASE_URL", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"] as const;

afterEach(() => {
  for (const name of inngestVariables) delete process.env[name];
  resetApiEnv();
  vi.restoreAllMocks();
});

describe("the jobs client", () => {
  it("uses Inngest when any Inngest variable names a server, the embedded runner otherwise", () => {
    resetApiEnv();
    expect(jobsEngine()).toBe("embedded");
    for (const name of inngestVariables) {
      process.env[name] = name === "INNGEST_BASE_URL" ? "http://inngest.internal:8288" : "1";
      resetApiEnv();
      expect(jobsEngine(), name).toBe("inngest");
      delete process.env[name];
    }
  });

  it("queues an event for the embedded runner once per id", async () => {
    const data = { organizationId: crypto.randomUUID(), appointmentId: crypto.randomUUID() };
    await sendEvents([appointmentChanged.create(data, { id: "changed-once" })]);
    await sendEvents([appointmentChanged.create(data, { id: "changed-once" })]);
    expect(await db.jobEvent.findMany({ where: { id: "changed-once" }, select: { name: true, data: true, processedAt: true } })).toEqual([
      { name: "harbor/calendar.appointment.changed", data, processedAt: null },
    ]);
  });

  it("refuses invalid event data with one line naming the event", async () => {
    const error = await sendEvents([appointmentChanged.create({ organizationId: "nope", appointmentId: crypto.randomUUID() })]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobQueueError);
    expect((error as Error).message).toMatch(/^Could not queue harbor\/calendar\.appointment\.changed: invalid event data \(.+\)$/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("after a commit, reports a job that cannot be queued on one line instead of throwing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const queued = await sendEventsAfterCommit([appointmentChanged.create({ organizationId: "nope", appointmentId: crypto.randomUUID() })]);
    expect(queued).toBe(false);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/^Could not queue harbor\/calendar\.appointment\.changed: /);
  });
});
