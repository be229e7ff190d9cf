import { createContext } from "./context";
import { appErrorResponse, errorResponse, jsonResponse } from "./http-responses";
import { authorizeChannel } from "./services/realtime";

// POST /api/realtime/auth — pusher-js's channel authorization endpoint (mounted by the web app).
// The caller is the session's user or an API key's; the answer is `{ auth }` for their own user
// channel or their organization's channel, and a JSON error otherwise.

export interface HandleRealtimeAuthOptions {
  getSessionId?: () => Promise<string | null | undefined>;
}

export async function handleRealtimeAuthRequest(request: Request, { getSessionId }: HandleRealtimeAuthOptions = {}): Promise<Response> {
  const { actor, credentialError } = await createContext({ headers: request.headers, getSessionId });
  if (!actor) return errorResponse(401, "UNAUTHORIZED", credentialError ?? "Sign in, or send `Authorization: Bearer <api key>`");

  const fields = await readFields(request);
  if (!fields) return errorResponse(400, "VALIDATION_ERROR", "The body must be socket_id and channel_name as form fields or JSON");
  try {
    return jsonResponse(200, authorizeChannel({ actor, socketId: fields.socket_id, channelName: fields.channel_name }));
  } catch (error) {
    return appErrorResponse(error);
  }
}

/** pusher-js posts application/x-www-form-urlencoded; scripts may send JSON. */
async function readFields(request: Request): Promise<Record<string, unknown> | null> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const body: unknown = await request.json();
      return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    if (type.includes("multipart/form-data")) {
      const form = await request.formData();
      return { socket_id: form.get("socket_id"), channel_name: form.get("channel_name") };
    }
    return Object.fromEntries(new URLSearchParams(await request.text()));
  } catch {
    return null;
  }
}
