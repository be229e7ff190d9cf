import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { knowledgeArticles } from "./knowledge-data";
import { ticketStories, trainingCourses } from "./service-desk-data";

// The demo agency's service desk (tickets with replies and internal notes), knowledge hub and
// training modules. Called by seedDemo inside its transaction, with a random stream of its own so
// that adding or changing this part leaves the rest of the demo data as it was.

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface ServiceDeskSeedInput {
  organizationId: string;
  now: Date;
  random: () => number;
  /** Writers of knowledge and training (the demo admin and manager). */
  authorIds: string[];
  contacts: { id: string; ownerId: string | null }[];
  producers: string[];
}

export async function seedServiceDesk(tx: Prisma.TransactionClient, input: ServiceDeskSeedInput): Promise<Record<string, number>> {
  const { organizationId, now, random, authorIds, contacts, producers } = input;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => Math.floor(min + random() * (max - min + 1));

  await tx.knowledgeResource.createMany({
    data: knowledgeArticles.map((article, index) => ({
      organizationId,
      authorId: authorIds[index % authorIds.length] ?? null,
      title: article.title,
      summary: article.summary,
      content: article.content,
      category: article.category,
      tags: article.tags,
      status: article.status ?? "published",
      createdAt: new Date(now.getTime() - (90 - index * 5) * DAY),
      updatedAt: new Date(now.getTime() - (60 - index * 4) * DAY),
    })),
  });

  await tx.trainingModule.createMany({
    data: trainingCourses.map((course, index) => ({
      organizationId,
      authorId: authorIds[index % authorIds.length] ?? null,
      ...course,
      position: index + 1,
    })),
  });

  const tickets: Prisma.TicketCreateManyInput[] = [];
  const messages: Prisma.TicketMessageCreateManyInput[] = [];
  const stories = [...ticketStories, ...ticketStories];
  stories.forEach((story, index) => {
    const id = randomUUID();
    const contact = pick(contacts);
    const assigneeId = random() < 0.85 ? (contact.ownerId ?? pick(producers)) : null;
    const openedAt = new Date(now.getTime() - between(0, 45) * DAY - between(0, 8) * HOUR);
    const thread = [{ body: story.request, internal: false, authorId: null as string | null }].concat(
      story.replies.map((reply) => ({ body: reply.body, internal: reply.internal ?? false, authorId: assigneeId ?? pick(producers) })),
    );
    const times = thread.map((_, nth) => new Date(openedAt.getTime() + nth * between(2, 20) * HOUR));
    const lastMessageAt = times.at(-1)!;
    const status = story.replies.length === 0 ? "open" : pick(["open", "pending", "pending", "resolved", "resolved", "closed"] as const);
    const resolvedAt = status === "resolved" || status === "closed" ? new Date(lastMessageAt.getTime() + HOUR) : null;
    tickets.push({
      id,
      organizationId,
      number: 1001 + index,
      contactId: contact.id,
      assigneeId,
      createdById: assigneeId ?? pick(producers),
      subject: story.subject,
      category: story.category,
      status,
      priority: story.category === "claims" ? pick(["high", "urgent"] as const) : pick(["low", "medium", "medium", "high"] as const),
      lastMessageAt,
      resolvedAt,
      createdAt: openedAt,
      updatedAt: resolvedAt ?? lastMessageAt,
    });
    thread.forEach((message, nth) => {
      messages.push({ organizationId, ticketId: id, authorId: message.authorId, body: message.body, internal: message.internal, createdAt: times[nth]! });
    });
  });
  await tx.ticket.createMany({ data: tickets });
  await tx.ticketMessage.createMany({ data: messages });

  return {
    knowledgeResources: knowledgeArticles.length,
    trainingModules: trainingCourses.length,
    tickets: tickets.length,
    ticketMessages: messages.length,
  };
}
