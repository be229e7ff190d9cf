import type { Prisma } from "@harbor/db";
import { documentListFields } from "../documents/find-document";

export const knowledgeListSelect = { ...documentListFields, summary: true, tags: true, url: true } as const satisfies Prisma.KnowledgeResourceSelect;

export const knowledgeSelect = { ...knowledgeListSelect, content: true } as const satisfies Prisma.KnowledgeResourceSelect;
