import type { Prisma } from "@harbor/db";
import { documentListFields } from "../documents/find-document";

export const trainingListSelect = { ...documentListFields, description: true, durationMinutes: true, position: true } as const satisfies Prisma.TrainingModuleSelect;

export const trainingSelect = { ...trainingListSelect, content: true } as const satisfies Prisma.TrainingModuleSelect;
