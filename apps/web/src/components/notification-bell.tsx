"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useRealtimeEvent } from "~/components/realtime/realtime-provider";
import { ErrorAlert } from "~/components/ui/alert";
import { cn } from "~/lib/cn";
import { formatDate, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

const priorityDots: Record<Notification["priority"], string> = {
  low: "bg-zinc-300",
  medium: "bg-indigo-500",
  high: "bg-amber-500",
  urgent: "bg-red-500",
};

/** Only paths inside Harbor are followed from a notification; anything else stays a plain entry. */
function internalPath(url: string | null): Route | null {
  return url && url.startsWith("/") && !url.startsWith("//") ? (url as Route) : null;
}

/** The header bell: the unread count, kept live by `notification:new`, and the newest notifications. */
export function NotificationBell() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // notification:new keeps the count live; the slow poll covers deployments without realtime.
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { staleTime: 60_000, refetchInterval: 120_000 }));
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 20 }, { enabled: open }));

  const refresh = () => queryClient.invalidateQueries(trpc.notifications.pathFilter());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }));

  useRealtimeEvent("notification:new", () => {
    // Show the new count at once; the refetch that follows makes it exact.
    queryClient.setQueryData(trpc.notifications.unreadCount.queryKey(), (current) => (current ? { count: current.count + 1 } : current));
    void refresh();
  });

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  const count = unread.data?.count ?? 0;

  function openNotification(notification: Notification) {
    if (!notification.readAt) markRead.mutate({ id: notification.id });
    const path = internalPath(notification.actionUrl);
    if (path) {
      setOpen(false);
      router.push(path);
    }
  }

  return (
    <div ref={containerRef} className="relative">
      <button
        type="button"
        onClick={() => setOpen((current) => !current)}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? `Notifications, ${count} unread` : "Notifications"}
        data-testid="notification-bell"
        className="relative flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
          <path
            d="M5 8a5 5 0 0 1 10 0c0 3.5 1.5 5 1.5 5h-13S5 11.5 5 8ZM8.3 16a1.8 1.8 0 0 0 3.4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {count > 0 ? (
          <span
            data-testid="notification-count"
            className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] font-semibold text-white tabular-nums"
          >
            {count > 99 ? "99+" : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label="Notifications"
          data-testid="notification-panel"
          className="absolute right-0 z-40 mt-2 w-96 overflow-hidden rounded-xl bg-white shadow-xl ring-1 ring-zinc-200"
        >
          <div className="flex items-center justify-between border-b border-zinc-100 px-4 py-2.5">
            <p className="text-sm font-semibold text-zinc-900">Notifications</p>
            <button
              type="button"
              onClick={() => markAllRead.mutate()}
              disabled={count === 0 || markAllRead.isPending}
              className="text-xs font-medium text-indigo-600 hover:text-indigo-500 disabled:text-zinc-300"
            >
              Mark all read
            </button>
          </div>
          <div className="max-h-96 overflow-y-auto">
            {list.isPending ? (
              <p className="px-4 py-6 text-center text-sm text-zinc-500">Loading…</p>
            ) : list.isError ? (
              <ErrorAlert error={list.error} className="m-3" />
            ) : list.data.items.length === 0 ? (
              <p className="px-4 py-8 text-center text-sm text-zinc-500" data-testid="notifications-empty">
                You&apos;re all caught up.
              </p>
            ) : (
              <ul className="divide-y divide-zinc-100">
                {list.data.items.map((notification) => {
                  const isUnread = !notification.readAt;
                  return (
                    <li key={notification.id}>
                      <button
                        type="button"
                        onClick={() => openNotification(notification)}
                        data-testid="notification-item"
                        data-unread={isUnread ? "true" : "false"}
                        className={cn("flex w-full gap-3 px-4 py-3 text-left hover:bg-zinc-50", isUnread && "bg-indigo-50/40")}
                      >
                        <span
                          aria-hidden="true"
                          className={cn("mt-1.5 size-2 shrink-0 rounded-full", isUnread ? priorityDots[notification.priority] : "bg-transparent")}
                        />
                        <span className="min-w-0 flex-1">
                          <span className={cn("block text-sm text-zinc-900", isUnread && "font-medium")}>{notification.title}</span>
                          <span className="mt-0.5 block text-sm text-zinc-600">{notification.message}</span>
                          <span className="mt-1 block text-xs text-zinc-400" title={formatDate(notification.createdAt)}>
                            {formatRelative(notification.createdAt)}
                            {isUnread ? <span className="sr-only"> · unread</span> : null}
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
