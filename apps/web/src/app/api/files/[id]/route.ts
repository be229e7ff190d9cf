import { handleFileDownloadRequest } from "@harbor/api";
import { currentSessionId } from "~/server/auth";

export const dynamic = "force-dynamic";

/** An attached file, for the session's user or an API key's who may see its record. */
export function GET(request: Request) {
  return handleFileDownloadRequest(request, { getSessionId: currentSessionId });
}
