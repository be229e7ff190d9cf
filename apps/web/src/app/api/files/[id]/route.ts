import { handleFileDownloadRequest } from "@harbor/api";
import { auth } from "~/server/auth";

export const dynamic = "force-dynamic";

/** An attached file, for the session's user or an API key's who may see its record. */
export function GET(request: Request) {
  return handleFileDownloadRequest(request, { getSessionUserId: async () => (await auth())?.user?.id });
}
