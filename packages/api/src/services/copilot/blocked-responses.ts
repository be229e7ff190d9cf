import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../access/actor";
import { readModelList } from "../pagination";
import { checkResponseSafety, maskSensitive, WITHHELD_NOTICE, type SafetyPolicy } from "./response-safety";

// The log of answers the safety check withheld, for compliance review (copilot:safety-log).

const EXCERPT_LENGTH = 1_000;

export interface ScreenedText {
  text: string;
  withheld: boolean;
}

/** Returns the text, or the notice in its place after logging why it was withheld. */
export async function screenResponse(
  actor: Actor,
  { text, feature, provider, conversationId, policy }: { text: string; feature: string; provider: string; conversationId?: string | undefined; policy: SafetyPolicy },
): Promise<ScreenedText> {
  const verdict = checkResponseSafety(text, policy);
  if (verdict.safe) return { text, withheld: false };
  const reasons = [...verdict.reasons.filter((reason) => reason !== "blocked_topic"), ...verdict.topics.map((topic) => `blocked_topic:${topic}`)];
  await db.copilotBlockedResponse.create({
    data: {
      organizationId: actor.organizationId,
      userId: actor.kind === "user" ? actor.userId : null,
      conversationId: conversationId ?? null,
      feature,
      reasons,
      excerpt: maskSensitive(text, policy.secrets).slice(0, EXCERPT_LENGTH),
      provider,
    },
  });
  return { text: WITHHELD_NOTICE, withheld: true };
}

export async function listBlockedResponses({ actor, cursor, limit }: { actor: Actor; cursor?: string | undefined; limit: number }) {
  const where: Prisma.CopilotBlockedResponseWhereInput = { organizationId: actor.organizationId };
  return readModelList({
    model: db.copilotBlockedResponse,
    select: { id: true, feature: true, reasons: true, excerpt: true, provider: true, conversationId: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    where,
    cursor,
    limit,
  });
}
