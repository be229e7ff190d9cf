import { hasPermission } from "./access/permissions";
import { createContext } from "./context";
import { appErrorResponse, errorResponse } from "./http-responses";
import { readFileForDownload } from "./services/files";

// GET /api/files/<id> (mounted by the web app; a plain Fetch handler): the file's bytes for the
// session's user or an API key's, when they may see the record it is attached to — 404 otherwise,
// as for the record. Always an attachment, never rendered: nosniff and a sandboxing CSP, so an
// uploaded file cannot run as a page of the app.

export interface HandleFileDownloadOptions {
  getSessionId?: () => Promise<string | null | undefined>;
}

const idOf = (request: Request) => /\/files\/([^/]+)\/?$/.exec(new URL(request.url).pathname)?.[1] ?? "";

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function handleFileDownloadRequest(request: Request, { getSessionId }: HandleFileDownloadOptions = {}): Promise<Response> {
  const { actor, credentialError } = await createContext({ headers: request.headers, getSessionId });
  if (!actor) return errorResponse(401, "UNAUTHORIZED", credentialError ?? "Sign in, or send `Authorization: Bearer <api key>`");
  if (!hasPermission(actor.role, "files:read")) return errorResponse(403, "FORBIDDEN", `Your role (${actor.role}) does not have files:read`);
  const id = idOf(request);
  if (!isUuid(id)) return errorResponse(404, "NOT_FOUND", "File not found");
  try {
    const file = await readFileForDownload({ actor, id });
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.bytes.length),
        "content-disposition": attachmentDisposition(file.filename),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return appErrorResponse(error);
  }
}
