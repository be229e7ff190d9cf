import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A loopback server speaking the part of the S3 REST API the file store uses, path-style:
// PUT (with If-None-Match: *), GET and DELETE /<bucket>/<key>. Every request must carry a valid
// AWS Signature Version 4 for the stand-in's credentials (the signature is recomputed here from
// the canonical request), and a signed payload hash must match the body, so a test proves the
// real SDK signs with the configured keys. Objects live in memory.

export interface S3StandIn {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, Buffer>;
  /** Every request, in order: method, key and the status answered. */
  requests: { method: string; key: string; status: number }[];
  stop(): Promise<void>;
}

const hmac = (key: string | Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

function errorXml(code: string, message: string) {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

/** The signature SigV4 gives this request, or the reason it cannot be checked. */
function expectedSignature(request: IncomingMessage, url: URL, body: Buffer, secretAccessKey: string, accessKeyId: string, region: string): { error: string } | { signature: string; given: string } {
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(request.headers.authorization ?? "");
  if (!match) return { error: "missing or malformed Authorization" };
  const [, keyId, day, signedRegion, signedHeaders, given] = match as unknown as [string, string, string, string, string, string];
  if (keyId !== accessKeyId) return { error: `unknown access key ${keyId}` };
  if (signedRegion !== region) return { error: `signed for region ${signedRegion}` };
  const payloadHash = String(request.headers["x-amz-content-sha256"] ?? "");
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) return { error: "x-amz-content-sha256 does not match the body" };
  const amzDate = String(request.headers["x-amz-date"] ?? "");
  const query = [...url.searchParams].map(([name, value]) => [encodeURIComponent(name), encodeURIComponent(value)]).sort(([a], [b]) => (a! < b! ? -1 : 1));
  const canonical = [
    request.method,
    url.pathname,
    query.map(([name, value]) => `${name}=${value}`).join("&"),
    ...signedHeaders.split(";").map((name) => `${name}:${String(request.headers[name] ?? "").trim().replace(/\s+/g, " ")}`),
    "",
    signedHeaders,
    payloadHash,
  ].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), "s3"), "aws4_request");
  return { signature: hmac(key, toSign).toString("hex"), given };
}

export async function startS3StandIn({ bucket = "harbor-files", region = "eu-west-1" } = {}): Promise<S3StandIn> {
  const accessKeyId = "HARBORTESTKEY";
  const secretAccessKey = "harbor-test-secret";
  const objects = new Map<string, Buffer>();
  const requests: S3StandIn["requests"] = [];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? "/", "http://s3.test");
    const [, bucketName, ...keyParts] = url.pathname.split("/");
    const key = keyParts.map(decodeURIComponent).join("/");
    const answer = (status: number, payload?: Buffer | string, headers: Record<string, string> = {}) => {
      requests.push({ method: request.method ?? "", key, status });
      response.writeHead(status, { "x-amz-request-id": "stand-in", ...headers, ...(typeof payload === "string" ? { "content-type": "application/xml" } : {}) });
      response.end(payload);
    };
    const check = expectedSignature(request, url, body, secretAccessKey, accessKeyId, region);
    if ("error" in check) return answer(403, errorXml("AccessDenied", check.error));
    if (check.signature !== check.given) return answer(403, errorXml("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided"));
    if (bucketName !== bucket) return answer(404, errorXml("NoSuchBucket", `No bucket ${bucketName}`));
    if (!key) return answer(400, errorXml("InvalidRequest", "A key is required"));
    if (request.method === "PUT") {
      if (request.headers["if-none-match"] === "*" && objects.has(key)) return answer(412, errorXml("PreconditionFailed", "At least one of the pre-conditions you specified did not hold"));
      objects.set(key, body);
      return answer(200, undefined, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
    }
    if (request.method === "GET") {
      const object = objects.get(key);
      if (!object) return answer(404, errorXml("NoSuchKey", "The specified key does not exist."));
      return answer(200, object, { "content-type": "application/octet-stream", "content-length": String(object.length) });
    }
    if (request.method === "DELETE") {
      objects.delete(key);
      return answer(204);
    }
    return answer(405, errorXml("MethodNotAllowed", `${request.method} is not served here`));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    objects,
    requests,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
