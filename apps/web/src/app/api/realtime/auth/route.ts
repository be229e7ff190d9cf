import { handleRealtimeAuthRequest } from "@harbor/api";
import { currentSessionId } from "~/server/auth";

export const dynamic = "force-dynamic";

/** pusher-js's channel authorization: the session's (or an API key's) own channels only. */
export function POST(request: Request) {
  return handleRealtimeAuthRequest(request, { getSessionId: currentSessionId });
}
