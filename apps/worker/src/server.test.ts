import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The worker's Inngest endpoint with INNGEST_DEV pointing at a loopback server standing in for the
// Inngest dev server: a PUT to /api/inngest makes the real SDK register every function there, as
// the dev server's sync does. The client reads INNGEST_DEV when created, hence the late imports.

interface RegisteredFunction {
  id: string;
  name: string;
  triggers: ({ event: string } | { cron: string })[];
  cancel?: { event: string; if?: string }[];
}

const registrations: { url: string; functions: RegisteredFunction[] }[] = [];
let devServer: Server;
let worker: Server;
let workerUrl: string;

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

beforeAll(async () => {
  devServer = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      if (request.url?.startsWith("/fn/register")) registrations.push(JSON.parse(body) as (typeof registrations)[number]);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ok: true, modified: true }));
    });
  });
  process.env.INNGEST_DEV = await listen(devServer);
  const { createWorkerServer } = await import("./server");
  const { functions } = await import("./functions");
  worker = createWorkerServer({ engine: "inngest", functions });
  workerUrl = await listen(worker);
});

afterAll(() => {
  worker.close();
  devServer.close();
  delete process.env.INNGEST_DEV;
});

describe("worker endpoint", () => {
  it("answers the dev server's introspection with every function", async () => {
    const response = await fetch(`${workerUrl}/api/inngest`);
    expect(await response.json()).toMatchObject({ function_count: 15, mode: "dev" });
  });

  it("registers every job with its triggers, crons with their own event, reminders with their cancellation", async () => {
    const response = await fetch(`${workerUrl}/api/inngest`, { method: "PUT" });
    expect(response.status).toBe(200);
    const functions = registrations.at(-1)!.functions;
    const byId = Object.fromEntries(functions.map((fn) => [fn.id.replace(/^harbor-/, ""), fn]));
    expect(Object.keys(byId).sort()).toEqual([
      "calendar-appointment-reminders",
      "crm-lead-import-apply",
      "insights-organization",
      "insights-schedule",
      "job-runs-finish",
      "notifications-cleanup-organization",
      "notifications-cleanup-schedule",
      "opportunity-rescore",
      "renewals-batch-apply",
      "renewals-open-due-organization",
      "renewals-open-due-schedule",
      "scores-recompute-organization",
      "scores-recompute-schedule",
      "task-due-reminders-organization",
      "task-due-reminders-schedule",
    ]);
    expect(byId["scores-recompute-schedule"]!.triggers).toEqual([{ cron: "TZ=UTC 30 2 * * *" }, { event: "harbor/jobs.scores-recompute-schedule.requested" }]);
    expect(byId["opportunity-rescore"]!.triggers).toEqual([{ event: "harbor/crm.opportunity.activity-recorded" }]);
    expect(byId["renewals-open-due-schedule"]!.triggers).toEqual([{ cron: "TZ=UTC 0 5 * * *" }, { event: "harbor/jobs.renewals-open-due-schedule.requested" }]);
    expect(byId["renewals-batch-apply"]!.triggers).toEqual([{ event: "harbor/renewals.batch.apply-requested" }]);
    expect(byId["crm-lead-import-apply"]!.triggers).toEqual([{ event: "harbor/crm.lead-import.apply-requested" }]);
    expect(byId["job-runs-finish"]!.triggers).toEqual([
      { event: "inngest/function.cancelled", expression: "event.data.function_id != 'harbor-job-runs-finish'" },
      { event: "inngest/function.failed", expression: "event.data.function_id != 'harbor-job-runs-finish'" },
    ]);
    expect(byId["notifications-cleanup-schedule"]!.triggers).toEqual([
      { cron: "TZ=UTC 15 3 * * *" },
      { event: "harbor/jobs.notifications-cleanup-schedule.requested" },
    ]);
    expect(byId["task-due-reminders-organization"]!.triggers).toEqual([{ event: "harbor/tasks.due-reminders.requested" }]);
    expect(byId["calendar-appointment-reminders"]!.triggers).toEqual([{ event: "harbor/calendar.appointment.scheduled" }]);
    expect(byId["calendar-appointment-reminders"]!.cancel).toEqual([
      expect.objectContaining({ event: "harbor/calendar.appointment.changed", if: "event.data.appointmentId == async.data.appointmentId" }),
    ]);
  });
});
