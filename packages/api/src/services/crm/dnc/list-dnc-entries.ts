import { db, type DncChannel, type Prisma } from "@harbor/db";
import { organizationScope, within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList } from "../../pagination";
import { containsText, escapeLike } from "../../text-search";
import { dncEntrySelect } from "./dnc-entry-select";

const newestFirst: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

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
  return readKeysetList({
    where,
    sort: newestFirst,
    cursor,
    limit,
    search: term,
    findMany: (args) => db.dncEntry.findMany({ ...args, select: dncEntrySelect }),
    count: (args) => db.dncEntry.count(args),
    valueOf: (row) => row.createdAt,
  });
}
