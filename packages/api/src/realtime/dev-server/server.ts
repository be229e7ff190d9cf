import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { ChannelHub } from "./channel-hub";
import { handleEventsApi, type ApiRequestRecord } from "./events-api";
import type { AppCredentials } from "./signatures";
import { acceptConnection } from "./websocket";

// Harbor's local stand-in for Pusher — for development (`npm start` without PUSHER_* credentials)
// and tests only, never the production path. One port serves the signed HTTP events API the
// `pusher` SDK calls and the WebSocket endpoint pusher-js connects to, in one process with
// channels held in memory.

export const DEV_SERVER_NAME = "harbor-realtime-dev";
const MAX_BODY_BYTES = 1024 * 1024;

export interface RealtimeDevServerOptions extends AppCredentials {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Called with every events-API request, accepted or refused (tests inspect them). */
  onApiRequest?: (record: ApiRequestRecord) => void;
}

export interface RealtimeDevServer {
  host: string;
  port: number;
  /** http://host:port, the events API's base URL. */
  url: string;
  credentials: AppCredentials;
  close(): Promise<void>;
}

export async function startRealtimeDevServer(options: RealtimeDevServerOptions): Promise<RealtimeDevServer> {
  const credentials: AppCredentials = { appId: options.appId, key: options.key, secret: options.secret };
  const host = options.host ?? "127.0.0.1";
  const hub = new ChannelHub();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  const server = createServer((request, response) => {
    serveHttp(request, response, { credentials, hub, onApiRequest: options.onApiRequest }).catch((error: unknown) => {
      console.error("realtime stand-in: request failed:", error);
      if (!response.headersSent) writeJson(response, 500, { error: "Internal error" });
    });
  });
  server.on("upgrade", (request, socket, head) => {
    const url = requestUrl(request);
    if (!url.pathname.startsWith("/app/")) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => acceptConnection(webSocket, url, { credentials, hub }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    host,
    port,
    url: `http://${host}:${port}`,
    credentials,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

const requestUrl = (request: IncomingMessage) => new URL(request.url ?? "/", "http://stand-in.local");

function writeJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

async function serveHttp(
  request: IncomingMessage,
  response: ServerResponse,
  context: Parameters<typeof handleEventsApi>[1],
): Promise<void> {
  const url = requestUrl(request);
  if (url.pathname === "/" && request.method === "GET") {
    // Lets `npm start` recognize a stand-in it started earlier on the same port.
    writeJson(response, 200, { server: DEV_SERVER_NAME, appId: context.credentials.appId });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Past the limit the rest is read and dropped, so the client still gets its answer.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) {
    writeJson(response, 413, { error: `Request body larger than ${MAX_BODY_BYTES} bytes` });
    return;
  }
  const result = handleEventsApi({ method: request.method ?? "GET", url, body: Buffer.concat(chunks) }, context);
  writeJson(response, result.status, result.body);
}
