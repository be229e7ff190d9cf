import type { Prisma } from "@harbor/db";
import { relationshipHealthOf } from "./contact-segments";
import { summarySelect } from "../../summary-select";

/** What a contacts list row shows; nothing else is read for a list. */
export const contactListSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  company: true,
  title: true,
  healthScore: true,
  churnRisk: true,
  sentiment: true,
  lastContactAt: true,
  nextFollowUpAt: true,
  tags: true,
  createdAt: true,
  owner: summarySelect,
} as const satisfies Prisma.ContactSelect;

export type ContactListItem = Prisma.ContactGetPayload<{ select: typeof contactListSelect }>;

/** One contact with every field of its own (detail page, create and update answers). */
export const contactSelect = {
  ...contactListSelect,
  customerCode: true,
  dateOfBirth: true,
  address: true,
  notes: true,
  communicationPreferences: true,
  updatedAt: true,
  owner: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.ContactSelect;

export function withRelationshipHealth<T extends { healthScore: number }>(contact: T) {
  return { ...contact, relationshipHealth: relationshipHealthOf(contact.healthScore) };
}
