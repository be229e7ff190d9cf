import { db } from "@harbor/db";
import { toUserActor, type UserActor } from "../../access/actor";
import { cachedActor } from "./actor-cache";

/**
 * The actor behind a signed-in session; null once the user is deactivated or removed. Answers are
 * reused for a few seconds (see actor-cache).
 */
export function loadSessionActor(userId: string): Promise<UserActor | null> {
  return cachedActor(`session:${userId}`, () => readSessionActor(userId));
}

async function readSessionActor(userId: string): Promise<UserActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, organizationId: true, role: true, teamId: true, email: true, name: true, status: true },
  });
  if (!user || user.status !== "active") return null;
  return toUserActor(user, "session");
}
