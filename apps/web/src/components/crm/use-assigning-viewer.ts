"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/**
 * Who is asking and whether they may hand a record to someone else (auth.me, cached for five
 * minutes): what a form needs to offer "Me" and the roster as owner or assignee. Null while loading.
 */
export function useAssigningViewer() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  return me.data ? { currentUserId: me.data.user.id, canAssignOthers: me.data.capabilities.canAssignOthers } : null;
}
