import type { Prisma } from "@harbor/db";
import { summarySelect } from "../../summary-select";

// The organization's do-not-contact list: one entry per normalized email address or phone
// number. Reading it is CRM reading; changing it is dnc:manage (admin, manager, compliance).

export const dncEntrySelect = {
  id: true,
  channel: true,
  value: true,
  reason: true,
  createdAt: true,
  addedBy: summarySelect,
} as const satisfies Prisma.DncEntrySelect;
