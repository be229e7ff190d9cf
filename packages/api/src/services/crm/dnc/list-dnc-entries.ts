import { db, type DncChannel, type Prisma } from "@harbor/db";
import { organizationScope, within } from "../../../access/organization-scope";
import { type ListPageInput, readModelList } from "../../pagination";
import { containsText, escapeLike } from "../../text-search";
import { dncEntrySelect } from "./dnc-entry-select";

export interface ListDncEntriesInput extends ListPageInput {
  channel?: DncChannel;
}

export async function listDncEntries({ actor, cursor, limit, search, channel }: ListDncEntriesInput) {
  const term = search?.trim();
  const digits = term?.replace(/\D/g, "");
  const matches: Prisma.DncEntryWhereInput[] = term
    ? [
        { value: { contains: escapeLike(term.toLowerCase()) } },
        ...(digits && digits.length >= 3 && /^[+\d\s().-]+$/.test(term) ? [{ value: { contains: digits } }] : []),
        { reason: containsText(term) },
      ]
    : [];
  const where = within(organizationScope(actor), {
    ...(channel ? { channel } : {}),
    ...(matches.length > 0 ? { OR: matches } : {}),
  });
  return readModelList({ model: db.dncEntry, select: dncEntrySelect, where, cursor, limit, search: term });
}
