import { z } from "zod";
import type { ChannelHub } from "./channel-hub";
import { checkApiSignature, type AppCredentials } from "./signatures";

// The HTTP events API (POST /apps/<app_id>/events and /batch_events): the signature check, the
// payload limits Pusher enforces, and delivery to the subscribers of each channel.

const channelName = z.string().regex(/^[A-Za-z0-9_\-=@,.;]{1,200}$/, "invalid channel name");
const eventName = z.string().min(1).max(200);
/** Pusher's limit on an event's data. */
const MAX_DATA_BYTES = 10 * 1024;
const eventData = z.string().refine((data) => Buffer.byteLength(data) <= MAX_DATA_BYTES, `data is larger than ${MAX_DATA_BYTES} bytes`);
const socketId = z.string().regex(/^\d+\.\d+$/, "invalid socket_id").optional();

const eventsBody = z
  .object({ name: eventName, data: eventData, channels: z.array(channelName).min(1).max(100).optional(), channel: channelName.optional(), socket_id: socketId })
  .refine((body) => body.channels || body.channel, "channels or channel is required");
const batchBody = z.object({
  batch: z.array(z.object({ name: eventName, data: eventData, channel: channelName, socket_id: socketId })).min(1).max(10),
});

export interface ApiRequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
  status: number;
  /** Why the request was refused, when it was. */
  error?: string;
  /** Connections the events reached. */
  delivered?: number;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

interface EventsApiContext {
  credentials: AppCredentials;
  hub: ChannelHub;
  onApiRequest?: (record: ApiRequestRecord) => void;
}

export function handleEventsApi(request: { method: string; url: URL; body: Buffer }, context: EventsApiContext): ApiResponse {
  const record: ApiRequestRecord = {
    method: request.method,
    path: request.url.pathname,
    query: Object.fromEntries(request.url.searchParams),
    body: request.body.toString("utf8"),
    status: 0,
  };
  const response = respond(request, context, record);
  record.status = response.status;
  if (response.status >= 400) record.error = (response.body as { error: string }).error;
  context.onApiRequest?.(record);
  return response;
}

const refuse = (status: number, error: string): ApiResponse => ({ status, body: { error } });

function respond(request: { method: string; url: URL; body: Buffer }, { credentials, hub }: EventsApiContext, record: ApiRequestRecord): ApiResponse {
  const match = /^\/apps\/([^/]+)\/(events|batch_events)$/.exec(request.url.pathname);
  if (!match) return refuse(404, "Not found: this stand-in serves POST /apps/<app_id>/events and /batch_events");
  if (match[1] !== credentials.appId) return refuse(404, `Unknown app_id ${match[1]}`);
  if (request.method !== "POST") return refuse(405, "Only POST is supported");

  const signature = checkApiSignature({ method: request.method, path: request.url.pathname, query: request.url.searchParams, body: request.body }, credentials);
  if (!signature.ok) return refuse(signature.status, signature.message);

  let json: unknown;
  try {
    json = JSON.parse(record.body);
  } catch {
    return refuse(400, "Request body is not JSON");
  }

  if (match[2] === "events") {
    const parsed = eventsBody.safeParse(json);
    if (!parsed.success) return refuse(400, describe(parsed.error));
    const { name, data, socket_id } = parsed.data;
    const channels = parsed.data.channels ?? [parsed.data.channel!];
    record.delivered = channels.reduce((sum, channel) => sum + hub.deliver(channel, name, data, socket_id), 0);
    return { status: 200, body: {} };
  }
  const parsed = batchBody.safeParse(json);
  if (!parsed.success) return refuse(400, describe(parsed.error));
  record.delivered = parsed.data.batch.reduce((sum, event) => sum + hub.deliver(event.channel, event.name, event.data, event.socket_id), 0);
  return { status: 200, body: { batch: parsed.data.batch.map(() => ({})) } };
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}
