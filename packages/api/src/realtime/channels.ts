// Realtime channels. Private channels are signed by /api/realtime/auth only for the caller's own
// user channel and their organization's channel.

export const userChannel = (userId: string) => `private-user-${userId}`;
export const organizationChannel = (organizationId: string) => `private-org-${organizationId}`;

export const realtimeEventNames = [
  "lead:updated",
  "opportunity:updated",
  "task:created",
  "task:updated",
  "task:due",
  "ticket:updated",
  "notification:new",
] as const;

export type RealtimeEventName = (typeof realtimeEventNames)[number];

export interface RealtimeEvent {
  name: RealtimeEventName;
  data: Record<string, unknown>;
  /** Users who get the event on their own channel. */
  userIds?: string[];
  /** The organization whose channel gets the event. */
  organizationId?: string;
}

/** The channels an event goes to, without duplicates. */
export function channelsOf(event: RealtimeEvent): string[] {
  const channels = new Set<string>();
  for (const userId of event.userIds ?? []) channels.add(userChannel(userId));
  if (event.organizationId) channels.add(organizationChannel(event.organizationId));
  return [...channels];
}
