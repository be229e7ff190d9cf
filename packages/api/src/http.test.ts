import { beforeAll, describe, expect, it } from "vitest";
import { handleTrpcRequest } from "./http";
import { createApiKey } from "./services/auth/api-keys";
import { createTestOrganization } from "./testing";

// Sign-up is open, so anyone can POST to /api/trpc: a body past API_MAX_BODY_BYTES (15 MB by
// default) is refused with 413 before the server has read it whole.

const MB = 1024 * 1024;
let apiKey: string;

beforeAll(async () => {
  const org = await createTestOrganization("Body Limit Agency");
  ({ key: apiKey } = await createApiKey({ actor: org.users.admin, name: "body limit test" }));
});

async function send(body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  };
  const request = new Request("http://harbor.test/api/trpc/crm.leads.import.preview", init);
  const response = await handleTrpcRequest(request);
  const answer = (await response.json()) as { error?: { json: { message: string; data: { code: string } } } };
  return { status: response.status, error: answer.error?.json };
}

describe("the request body limit", () => {
  it("refuses a body whose Content-Length is past the limit without reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(MB));
      },
    });
    const { status, error } = await send(body, { "content-length": String(40 * MB) });
    expect(status).toBe(413);
    expect(error).toMatchObject({ message: "The request body is larger than 15 MB (the limit)", data: { code: "PAYLOAD_TOO_LARGE" } });
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it("stops reading a streamed body without a length once it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 64) controller.close();
        else controller.enqueue(new Uint8Array(MB).fill(32));
      },
    });
    const { status, error } = await send(body);
    expect(status).toBe(413);
    expect(error?.data.code).toBe("PAYLOAD_TOO_LARGE");
    // 15 MB and the chunk that crossed the line (plus what the stream had queued), not 64 MB.
    expect(pulled).toBeLessThan(20);
  });

  it("passes a body within the limit to the procedure", async () => {
    const { status, error } = await send(JSON.stringify({ json: { filename: "leads.csv", content: "Name,Email\nAda,ada@example.com\n", kind: "client" } }));
    expect(error).toBeUndefined();
    expect(status).toBe(200);
  });
});
