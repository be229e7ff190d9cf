"use client";

import type { RealtimeEventName } from "@harbor/api";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { pusherOptions, RealtimeDispatcher, type RealtimeMeta, type RealtimeSettings } from "./realtime-client";

const RealtimeContext = createContext<RealtimeDispatcher | null>(null);

interface RealtimeProviderProps {
  /** From the server at request time; null when realtime is not configured (then nothing connects). */
  settings: RealtimeSettings | null;
  children: ReactNode;
}

/**
 * One connection per signed-in page: subscribes to the user's channel and their organization's
 * channel (signed by /api/realtime/auth) and hands their events to useRealtimeEvent handlers.
 */
export function RealtimeProvider({ settings, children }: RealtimeProviderProps) {
  const [dispatcher] = useState(() => new RealtimeDispatcher());
  // The layout sends new objects on every server render; connect again only when they change.
  const settingsKey = settings ? JSON.stringify(settings) : null;

  useEffect(() => {
    if (!settingsKey) return;
    const { config, channels } = JSON.parse(settingsKey) as RealtimeSettings;
    let disconnect: (() => void) | undefined;
    let cancelled = false;
    // Loaded only when realtime is configured, so pages without it don't carry pusher-js.
    void import("pusher-js").then(({ default: Pusher }) => {
      if (cancelled) return;
      const pusher = new Pusher(config.key, pusherOptions(config));
      for (const name of channels) {
        const channel = pusher.subscribe(name);
        channel.bind("pusher:subscription_error", (error: unknown) => console.warn(`realtime: could not subscribe to ${name}`, error));
        channel.bind_global((event: string, data: unknown) => dispatcher.dispatch(event, data, { channel: name }));
      }
      disconnect = () => pusher.disconnect();
    });
    return () => {
      cancelled = true;
      disconnect?.();
    };
  }, [settingsKey, dispatcher]);

  return <RealtimeContext.Provider value={dispatcher}>{children}</RealtimeContext.Provider>;
}

/**
 * Calls `handler` for each `event` published to the signed-in user's or organization's channel.
 * The latest handler is used without resubscribing; outside a configured provider it never fires.
 */
export function useRealtimeEvent<T = Record<string, unknown>>(event: RealtimeEventName, handler: (data: T, meta: RealtimeMeta) => void): void {
  const dispatcher = useContext(RealtimeContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => dispatcher?.on(event, (data, meta) => latest.current(data as T, meta)), [dispatcher, event]);
}
