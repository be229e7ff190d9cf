import type { Prisma } from "@harbor/db";

export const knowledgeListSelect = {
  id: true,
  title: true,
  summary: true,
  category: true,
  tags: true,
  url: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.KnowledgeResourceSelect;

export const knowledgeSelect = { ...knowledgeListSelect, content: true } as const satisfies Prisma.KnowledgeResourceSelect;
