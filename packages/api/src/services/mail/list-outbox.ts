import { db, type Prisma } from "@harbor/db";
import type { UserActor } from "../../access/actor";
import { organizationScope, within } from "../../access/organization-scope";
import { readModelList } from "../pagination";
import { containsText } from "../text-search";

export interface ListOutboxInput {
  actor: UserActor;
  cursor?: string;
  limit: number;
  /** Matches the recipient or the subject. */
  search?: string;
  kind?: string;
}

const outboxSelect = {
  id: true,
  to: true,
  subject: true,
  body: true,
  kind: true,
  status: true,
  provider: true,
  error: true,
  createdAt: true,
  sentAt: true,
} as const satisfies Prisma.MailOutboxSelect;

/** The organization's mails, newest first. */
export async function listOutbox({ actor, cursor, limit, search, kind }: ListOutboxInput) {
  const where: Prisma.MailOutboxWhereInput = within(organizationScope(actor), {
    ...(kind ? { kind } : {}),
    ...(search ? { OR: [{ to: containsText(search) }, { subject: containsText(search) }] } : {}),
  });
  return readModelList({ model: db.mailOutbox, select: outboxSelect, where, cursor, limit, search });
}
