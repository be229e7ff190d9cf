import { Prisma } from "@harbor/db";
import { DNC_TAG, findDncMatches } from "./check-dnc";
import { normalizeContactPoint, type ContactChannel } from "./normalize-contact-point";

// A do-not-contact entry flags the records it matches as soon as it is added: every lead and
// contact of the organization whose email or phone, normalized the way the list stores values,
// is the entry's value gets the "dnc" tag (DNC_TAG), in the entry's transaction. Removing an entry
// takes the tag off the records it matched that no other entry still matches.

type Table = "leads" | "contacts";
const tables: readonly Table[] = ["leads", "contacts"];

export interface FlaggedRecords {
  leads: number;
  contacts: number;
}

/**
 * The ids of a table's records (trashed ones too, so a restore brings the flag back) whose email
 * or phone normalizes to `value`. SQL narrows the rows (the email lower-cased; the phone's last ten
 * digits), and the one normalizer decides, so "(555) 123-4567" and "+1 555 123 4567" both match.
 */
async function matchingIds(tx: Prisma.TransactionClient, table: Table, organizationId: string, channel: ContactChannel, value: string) {
  const from = Prisma.raw(table);
  const candidates =
    channel === "email"
      ? await tx.$queryRaw<{ id: string; point: string }[]>`
          SELECT id, email AS point FROM ${from} WHERE organization_id = ${organizationId}::uuid AND lower(btrim(email)) = ${value}`
      : await tx.$queryRaw<{ id: string; point: string }[]>`
          SELECT id, phone AS point FROM ${from}
          WHERE organization_id = ${organizationId}::uuid AND phone IS NOT NULL AND right(regexp_replace(phone, '\\D', '', 'g'), 10) = ${value.slice(-10)}`;
  return candidates.filter((candidate) => normalizeContactPoint(channel, candidate.point) === value).map((candidate) => candidate.id);
}

/** Tags every lead and contact matching the new entry; the counts of records newly flagged. */
export async function flagListedRecords(tx: Prisma.TransactionClient, organizationId: string, channel: ContactChannel, value: string): Promise<FlaggedRecords> {
  const counts: FlaggedRecords = { leads: 0, contacts: 0 };
  for (const table of tables) {
    const ids = await matchingIds(tx, table, organizationId, channel, value);
    if (ids.length === 0) continue;
    counts[table] = await tx.$executeRaw`
      UPDATE ${Prisma.raw(table)} SET tags = array_append(tags, ${DNC_TAG}), updated_at = now()
      WHERE id = ANY(${ids}::uuid[]) AND NOT (${DNC_TAG} = ANY(tags))`;
  }
  return counts;
}

/**
 * After an entry is deleted (in the same transaction): the records it matched lose the tag unless
 * another entry still lists their email or phone. The counts of records unflagged.
 */
export async function unflagDelistedRecords(tx: Prisma.TransactionClient, organizationId: string, channel: ContactChannel, value: string): Promise<FlaggedRecords> {
  const counts: FlaggedRecords = { leads: 0, contacts: 0 };
  for (const table of tables) {
    const ids = await matchingIds(tx, table, organizationId, channel, value);
    if (ids.length === 0) continue;
    const records = await tx.$queryRaw<{ id: string; email: string | null; phone: string | null }[]>`
      SELECT id, email, phone FROM ${Prisma.raw(table)} WHERE id = ANY(${ids}::uuid[]) AND ${DNC_TAG} = ANY(tags)`;
    const stillListed = await findDncMatches({ organizationId, emails: records.map((record) => record.email), phones: records.map((record) => record.phone), reader: tx });
    const freed = records.filter((record) => !stillListed.has("email", record.email) && !stillListed.has("phone", record.phone)).map((record) => record.id);
    if (freed.length === 0) continue;
    counts[table] = await tx.$executeRaw`
      UPDATE ${Prisma.raw(table)} SET tags = array_remove(tags, ${DNC_TAG}), updated_at = now() WHERE id = ANY(${freed}::uuid[])`;
  }
  return counts;
}
