import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv, unsignedEndpointProblem } from "./env";

// Outside development the worker's Inngest endpoint runs only what Inngest signed: the real SDK
// in cloud mode with INNGEST_SIGNING_KEY, no INNGEST_DEV. The client reads the mode when created,
// hence the late imports (each test file has its own modules).

const signingKey = `signkey-test-${"ab".repeat(32)}`;
let worker: Server;
let workerUrl: string;

beforeAll(async () => {
  delete process.env.INNGEST_DEV;
  process.env.INNGEST_SIGNING_KEY = signingKey;
  const { createWorkerServer } = await import("./server");
  const { functions } = await import("./functions");
  worker = createWorkerServer({ engine: "inngest", functions });
  workerUrl = await new Promise<string>((resolve) => worker.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(worker.address() as AddressInfo).port}`)));
});

afterAll(() => {
  worker.close();
  delete process.env.INNGEST_SIGNING_KEY;
});

const call = (headers: Record<string, string> = {}) =>
  fetch(`${workerUrl}/api/inngest?fnId=harbor-opportunity-rescore&stepId=step`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ event: { name: "harbor/crm.opportunity.activity-recorded", data: {} }, events: [], steps: {}, ctx: { run_id: "r1", attempt: 0 } }),
  });

describe("the worker's Inngest endpoint outside development", () => {
  it("refuses a call without a signature, and one signed with another key", async () => {
    const unsigned = await call();
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ message: "Unauthorized" });

    const timestamp = Math.round(Date.now() / 1000);
    const forged = createHmac("sha256", "not-the-key").update(`{}${timestamp}`).digest("hex");
    const wrong = await call({ "x-inngest-signature": `t=${timestamp}&s=${forged}` });
    expect(wrong.status).toBe(401);
  });
});

describe("the worker's environment", () => {
  it("listens on localhost unless told otherwise", () => {
    expect(readWorkerEnv({}).WORKER_HOST).toBe("127.0.0.1");
    expect(readWorkerEnv({ WORKER_HOST: "0.0.0.0" }).WORKER_HOST).toBe("0.0.0.0");
  });

  it("refuses to serve Inngest in production without a signing key or with INNGEST_DEV", () => {
    expect(unsignedEndpointProblem(readWorkerEnv({ HARBOR_ENV: "production" }))).toMatch(/INNGEST_SIGNING_KEY is missing/);
    expect(unsignedEndpointProblem(readWorkerEnv({ HARBOR_ENV: "production", INNGEST_DEV: "1", INNGEST_SIGNING_KEY: signingKey }))).toMatch(/INNGEST_DEV is set in production/);
    expect(unsignedEndpointProblem(readWorkerEnv({ HARBOR_ENV: "production", INNGEST_SIGNING_KEY: signingKey }))).toBeNull();
    expect(unsignedEndpointProblem(readWorkerEnv({ INNGEST_DEV: "1" }))).toBeNull();
  });
});
