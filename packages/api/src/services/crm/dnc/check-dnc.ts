import { db, type DncChannel, type Prisma } from "@harbor/db";
import { AppError } from "../../../errors";
import { normalizeEmailAddress, normalizePhoneDigits, type ContactChannel } from "./normalize-contact-point";

// The do-not-contact check every outreach path calls before it sends anything: the inbox, the
// campaigns, copilot drafts, lead import. Values may come in any format; they are normalized the
// way the list stores them, and values that are not an email address or phone number simply do
// not match. One query per call, whatever the number of values (served by the unique
// (organization_id, channel, value) index).

type DncReader = Pick<Prisma.TransactionClient, "dncEntry">;

export interface DncMatch {
  id: string;
  channel: DncChannel;
  value: string;
  reason: string | null;
}

export interface DncMatches {
  entries: DncMatch[];
  /** Whether an email address or phone number, in any format, is on the list. */
  has(channel: ContactChannel, value: string | null | undefined): boolean;
}

export interface DncLookup {
  organizationId: string;
  emails?: readonly (string | null | undefined)[];
  phones?: readonly (string | null | undefined)[];
  /** A transaction client when the check belongs to a larger change. */
  reader?: DncReader;
}

function normalizedSet(values: readonly (string | null | undefined)[] | undefined, normalize: (value: string) => string | null) {
  const set = new Set<string>();
  for (const value of values ?? []) {
    const normalized = value ? normalize(value) : null;
    if (normalized) set.add(normalized);
  }
  return set;
}

const normalizeFor = (channel: ContactChannel) => (channel === "email" ? normalizeEmailAddress : (value: string) => normalizePhoneDigits(value));

export async function findDncMatches({ organizationId, emails, phones, reader = db }: DncLookup): Promise<DncMatches> {
  const emailValues = normalizedSet(emails, normalizeFor("email"));
  const phoneValues = normalizedSet(phones, normalizeFor("phone"));
  const alternatives: Prisma.DncEntryWhereInput[] = [];
  if (emailValues.size > 0) alternatives.push({ channel: "email", value: { in: [...emailValues] } });
  if (phoneValues.size > 0) alternatives.push({ channel: "phone", value: { in: [...phoneValues] } });
  const entries =
    alternatives.length === 0
      ? []
      : await reader.dncEntry.findMany({
          where: { organizationId, OR: alternatives },
          select: { id: true, channel: true, value: true, reason: true },
        });
  const listed = new Set(entries.map((entry) => `${entry.channel}:${entry.value}`));
  return {
    entries,
    has(channel, value) {
      const normalized = value ? normalizeFor(channel)(value) : null;
      return normalized !== null && listed.has(`${channel}:${normalized}`);
    },
  };
}

/**
 * Refuses outreach to any listed email address or phone number: FORBIDDEN, naming the field
 * (`email` or `phone`) and the listed values.
 */
export async function assertContactable(lookup: DncLookup): Promise<void> {
  const { entries } = await findDncMatches(lookup);
  if (entries.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const entry of entries) {
    (fieldErrors[entry.channel] ??= []).push(`${entry.value} is on the do-not-contact list`);
  }
  const listed = entries.map((entry) => entry.value).join(", ");
  throw new AppError("FORBIDDEN", `Not contactable: ${listed} ${entries.length === 1 ? "is" : "are"} on the do-not-contact list`, {
    fieldErrors,
  });
}
