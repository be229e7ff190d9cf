import "server-only";
import { appRouter, createCallerFactory, createContext } from "@harbor/api";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth, currentSessionId } from "./auth";

const createCaller = createCallerFactory(appRouter);

/** The procedures, called in-process as the signed-in user; one context per request. */
export const serverCaller = cache(async () => {
  const requestHeaders = new Headers(await headers());
  // Pages act only through the session cookie; API keys are for /api/trpc.
  requestHeaders.delete("authorization");
  const context = await createContext({
    headers: requestHeaders,
    getSessionId: currentSessionId,
  });
  return createCaller(context);
});

export type Viewer = Awaited<ReturnType<Awaited<ReturnType<typeof serverCaller>>["auth"]["me"]>>;

/** Who is signed in, with organization and permissions; null without a session or once deactivated. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  try {
    return await (await serverCaller()).auth.me();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "NOT_FOUND")) return null;
    throw error;
  }
});

/** Who is signed in, for a page only a signed-in user may see: anyone else is sent to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
