// Realtime channels. Private channels are signed by /api/realtime/auth only for the caller's own
// user channel and their organization's channel.
//
// Every member of an organization holds its channel, whatever their record scope, so it carries
// only which record changed and how (a RecordSignal); clients refetch through scoped procedures.
// A record's fields go only to a user's own channel, and only to users who may see the record
// (the publisher checks; see deliveriesOf in publisher.ts).

export const userChannel = (userId: string) => `private-user-${userId}`;
export const organizationChannel = (organizationId: string) => `private-org-${organizationId}`;

/** The events about a record, and the kind of record each is about. */
export const recordEventEntity = {
  "lead:updated": "lead",
  "opportunity:updated": "opportunity",
  "task:created": "task",
  "task:updated": "task",
  "ticket:updated": "ticket",
  "renewal_case:updated": "renewal_case",
} as const;

export type RecordEventName = keyof typeof recordEventEntity;
export type RecordEntityType = (typeof recordEventEntity)[RecordEventName];

/** Events for particular users only, on their own channels: their notifications and reminders. */
/** `renewals.batch.progress` and `leads.import.progress` go to the uploader only and carry the batch's or import's id and counts. */
export const userEventNames = ["notification:new", "task:due", "contact:at_risk", "renewals.batch.progress", "leads.import.progress"] as const;

export const realtimeEventNames = [...(Object.keys(recordEventEntity) as RecordEventName[]), ...userEventNames] as const;

export type RealtimeEventName = (typeof realtimeEventNames)[number];

export const recordChanges = ["created", "updated", "assigned", "activity", "converted", "deleted", "restored", "imported", "stage_changed", "replied", "noted", "escalated", "closed"] as const;
export type RecordChange = (typeof recordChanges)[number];

/** All an organization channel ever carries: which record changed and how, never its fields. */
export interface RecordSignal {
  entityType: RecordEntityType;
  /** null for a change to many records at once (an import). */
  id: string | null;
  change: RecordChange;
}

/** A change to a record of the organization. */
export interface RecordEvent {
  name: RecordEventName;
  organizationId: string;
  /** The record's view for the users in userIds who may see it; the organization gets its signal only. */
  data: { id?: string; change?: RecordChange } & Record<string, unknown>;
  userIds?: string[];
}

/** An event for particular users only (their notifications): it never goes to a shared channel. */
export interface UserEvent {
  name: (typeof userEventNames)[number];
  userIds: string[];
  data: Record<string, unknown>;
  organizationId?: never;
}

export type RealtimeEvent = RecordEvent | UserEvent;

export const isRecordEvent = (event: RealtimeEvent): event is RecordEvent => event.name in recordEventEntity;

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The organization channel's view of a record event, built here so no caller can add a field. */
export function signalOf(event: RecordEvent): RecordSignal {
  const { id, change } = event.data;
  return {
    entityType: recordEventEntity[event.name],
    id: typeof id === "string" && RECORD_ID.test(id) ? id : null,
    change: typeof change === "string" && (recordChanges as readonly string[]).includes(change) ? change : event.name === "task:created" ? "created" : "updated",
  };
}
