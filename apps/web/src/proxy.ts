import { pageContentSecurityPolicy, realtimeConnectSources } from "@harbor/api/serve/security-headers";
import { type NextRequest, NextResponse } from "next/server";

// Every page gets a Content-Security-Policy with a nonce of its own: Next.js reads it from the
// request's header and puts it on the scripts it writes, so only those run. The other security
// headers are set by server.ts for every answer; API requests never reach Next.js.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", connectSources: realtimeConnectSources() });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
