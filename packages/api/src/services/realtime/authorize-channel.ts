import type { UserActor } from "../../access/actor";
import { AppError } from "../../errors";
import { organizationChannel, realtimeClient, userChannel } from "../../realtime";

// Signs a pusher-js subscription (POST /api/realtime/auth). Only two private channels are ever
// signed for a user: their own and their organization's. Field errors use the protocol's names
// (socket_id, channel_name), the form fields pusher-js sends.

const SOCKET_ID = /^\d+\.\d+$/;
const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]+$/;
const MAX_CHANNEL_NAME = 164;

export interface AuthorizeChannelInput {
  actor: UserActor;
  /** As received: validated here. */
  socketId: unknown;
  channelName: unknown;
}

const asSocketId = (value: unknown) => (typeof value === "string" && SOCKET_ID.test(value) ? value : null);
const asChannelName = (value: unknown) =>
  typeof value === "string" && value.length <= MAX_CHANNEL_NAME && CHANNEL_NAME.test(value) ? value : null;

export function authorizeChannel({ actor, ...input }: AuthorizeChannelInput): { auth: string } {
  const socketId = asSocketId(input.socketId);
  const channelName = asChannelName(input.channelName);
  if (!socketId || !channelName) {
    const fieldErrors: Record<string, string[]> = {};
    if (!socketId) fieldErrors.socket_id = ["socket_id must look like 123.456 (the id the realtime server gave the connection)"];
    if (!channelName) fieldErrors.channel_name = [`channel_name must be 1–${MAX_CHANNEL_NAME} letters, digits or _-=@,.;`];
    throw new AppError("VALIDATION_ERROR", `Invalid ${Object.keys(fieldErrors).join(" and ")}`, { fieldErrors });
  }

  if (channelName !== userChannel(actor.userId) && channelName !== organizationChannel(actor.organizationId)) {
    throw new AppError("FORBIDDEN", "You may subscribe only to your own user channel and your organization's channel");
  }

  const pusher = realtimeClient();
  if (!pusher) throw new AppError("NOT_FOUND", "Realtime is not configured on this server");
  const { auth } = pusher.authorizeChannel(socketId, channelName);
  return { auth };
}
