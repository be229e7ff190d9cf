import type { Prisma } from "@harbor/db";
import type { Actor } from "../actor";
import { live } from "./live-record";
import { ownedRecordScope } from "./owned-record-scope";

/** A live note on a lead, contact or opportunity the actor may see: who sees the record sees its notes. */
export function noteScope(actor: Actor): Prisma.ActivityWhereInput {
  const record = ownedRecordScope(actor);
  return {
    organizationId: record.organizationId,
    type: "note",
    ...live,
    OR: [{ lead: { is: record } }, { contact: { is: record } }, { opportunity: { is: record } }],
  };
}
