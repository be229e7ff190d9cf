import "server-only";
import { organizationChannel, publicRealtimeConfig, userChannel } from "@harbor/api";
import type { RealtimeSettings } from "~/components/realtime/realtime-client";

/**
 * What the browser needs for live updates, read per request so one build works with Pusher, a
 * self-hosted server or the local stand-in: the public connection settings (never the secret) and
 * the two channels the viewer may subscribe to. Null when realtime is not configured.
 */
export function realtimeSettings(viewer: { userId: string; organizationId: string }): RealtimeSettings | null {
  const config = publicRealtimeConfig();
  if (!config) return null;
  return { config, channels: [userChannel(viewer.userId), organizationChannel(viewer.organizationId)] };
}
