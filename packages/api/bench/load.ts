// A closed-loop load generator: `concurrency` clients, each sending its next request as soon as
// the previous one answers, for `durationMs`. Every latency is kept, so percentiles are exact.
import { connect, type Socket } from "node:net";

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function runLoad({
  concurrency,
  durationMs,
  warmupMs = 1_000,
  request,
}: {
  concurrency: number;
  durationMs: number;
  warmupMs?: number;
  request: (client: number, iteration: number) => Promise<boolean>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const warmupEnds = performance.now() + warmupMs;
  const ends = warmupEnds + durationMs;

  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let iteration = 0; performance.now() < ends; iteration++) {
        const started = performance.now();
        const ok = await request(client, iteration).catch(() => false);
        const finished = performance.now();
        if (started < warmupEnds) continue;
        if (ok) latencies.push(finished - started);
        else errors += 1;
      }
    }),
  );

  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length + errors,
    errors,
    requestsPerSecond: Math.round(((latencies.length + errors) / durationMs) * 1000),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    max: round(latencies.at(-1) ?? Number.NaN),
  };
}

/**
 * One keep-alive HTTP/1.1 connection that sends a prepared request and reads its answer, one at a
 * time: the least a client can do per request, like wrk's. The load generator shares the two cores
 * with the server and Postgres, and node:http's client spent ~0.25 ms of CPU per request — a tenth
 * of the machine's work per list request — on objects this never needs. It reads answers that
 * carry a Content-Length (the bench server always sends one) and nothing else.
 */
export class KeepAliveConnection {
  private readonly socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (reply: RawReply) => void; reject: (error: Error) => void } | null = null;

  constructor(host: string, port: number) {
    this.socket = connect({ host, port, noDelay: true });
    this.socket.on("data", (chunk: Buffer) => this.receive(chunk));
    this.socket.on("error", (error) => this.fail(error));
    this.socket.on("close", () => this.fail(new Error("connection closed")));
  }

  /** Whether the server has closed it (an idle keep-alive connection times out); open another then. */
  get closed(): boolean {
    return this.socket.destroyed;
  }

  send(request: Buffer): Promise<RawReply> {
    if (this.socket.destroyed) return Promise.reject(new Error("connection closed"));
    if (this.waiting) return Promise.reject(new Error("a request is already in flight on this connection"));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  close() {
    this.socket.destroy();
  }

  private receive(chunk: Buffer) {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const headerEnd = this.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const head = this.buffer.toString("latin1", 0, headerEnd);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    if (length === undefined) return this.fail(new Error(`answer without Content-Length: ${head.split("\r\n")[0]}`));
    const end = headerEnd + 4 + Number(length);
    if (this.buffer.length < end) return;
    const reply = { status: Number(head.slice(9, 12)), body: this.buffer.subarray(headerEnd + 4, end) };
    this.buffer = this.buffer.subarray(end);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve(reply);
  }

  private fail(error: Error) {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

export interface RawReply {
  status: number;
  body: Buffer;
}

/** A request as bytes on the wire, built once. */
export function rawRequest({ host, method, path, headers, body }: { host: string; method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string }): Buffer {
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${host}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body, "utf8");
  if (body !== undefined) lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), payload]);
}
