import { handleFileDownloadRequest } from "../file-download-http";
import { answerTrpcQuery, handleTrpcRequest, type DirectAnswer, type DirectRequest } from "../http";
import { handleRealtimeAuthRequest } from "../realtime-auth";
import { checkHealth } from "../services/system/check-health";
import { handleSurveyRequest } from "../survey-response-http";

// Every HTTP endpoint the API serves, in one table. The web app's server (apps/web/server.ts)
// answers a request whose path matches an entry here before Next.js sees it; everything else is
// a page. Mounting another Fetch-style handler is one line below.

export interface ApiRequestOptions {
  /** The server-side session the cookie names; called only when no API key was sent. */
  getSessionId?: () => Promise<string | null | undefined>;
}

export type ApiHandler = (request: Request, options: ApiRequestOptions) => Promise<Response>;

export interface ApiRoute {
  /** An exact path, or a prefix ending in `/` that the path starts with. */
  path: string;
  handle: ApiHandler;
  /**
   * The route's lean path: answers the requests it can without Fetch objects, or undefined to
   * leave the request to `handle`. /api/trpc's single GET queries (lists, searches, reads).
   */
  answerDirect?: (request: DirectRequest, options: ApiRequestOptions) => Promise<DirectAnswer | undefined>;
}

async function handleHealthRequest(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}

export const apiRoutes: ApiRoute[] = [
  { path: "/api/trpc/", handle: handleTrpcRequest, answerDirect: answerTrpcQuery },
  { path: "/api/health", handle: handleHealthRequest },
  { path: "/api/realtime/auth", handle: handleRealtimeAuthRequest },
  { path: "/api/surveys/", handle: handleSurveyRequest },
  { path: "/api/files/", handle: handleFileDownloadRequest },
];

/** The route that serves `pathname`, or undefined when it is not the API's (a page, /api/auth). */
export function findApiRoute(pathname: string, routes: readonly ApiRoute[] = apiRoutes): ApiRoute | undefined {
  return routes.find((route) => (route.path.endsWith("/") ? pathname.startsWith(route.path) : pathname === route.path));
}
