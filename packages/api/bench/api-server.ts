// The API alone over HTTP: the same handler the web app mounts at /api/trpc (handleTrpcRequest),
// on a plain node:http server, so the benchmark measures Harbor's stack without Next.js routing.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { handleTrpcRequest } from "../src/http";

const port = Number(process.env.BENCH_API_PORT ?? 3900);

async function handle(request: IncomingMessage, response: ServerResponse) {
  const url = `http://127.0.0.1:${port}${request.url ?? "/"}`;
  if (request.url === "/api/health") {
    response.writeHead(200).end("ok");
    return;
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const fetchRequest = new Request(url, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream, duplex: "half" } : {}),
  });
  const fetchResponse = await handleTrpcRequest(fetchRequest);
  const body = Buffer.from(await fetchResponse.arrayBuffer());
  response.writeHead(fetchResponse.status, { ...Object.fromEntries(fetchResponse.headers), "content-length": body.length });
  response.end(body);
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    response.writeHead(500).end();
  });
});

server.listen(port, "127.0.0.1", () => console.info(`bench api listening on ${port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
