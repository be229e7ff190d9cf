import type { Prisma } from "@harbor/db";

export const trainingListSelect = {
  id: true,
  title: true,
  description: true,
  category: true,
  durationMinutes: true,
  position: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} as const satisfies Prisma.TrainingModuleSelect;

export const trainingSelect = { ...trainingListSelect, content: true } as const satisfies Prisma.TrainingModuleSelect;
