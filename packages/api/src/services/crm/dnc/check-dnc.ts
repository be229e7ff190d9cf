import { db, type DncChannel, type Prisma } from "@harbor/db";
import { AppError } from "../../../errors";
import { normalizeEmailAddress, normalizePhoneDigits, type ContactChannel } from "./normalize-contact-point";

// The do-not-contact check every outreach path calls before it sends anything or books contact
// with a person: copilot drafts, appointments with a contact or lead, renewal contact attempts,
// survey invites, lead import (which tags instead of refusing). Values may come in any format; they are normalized the
// way the list stores them, and values that are not an email address or phone number simply do
// not match. One query per call, whatever the number of values (served by the unique
// (organization_id, channel, value) index).

/** The tag a lead or contact carries while on the list; only a manager or admin removes it. */
export const DNC_TAG = "dnc";

type DncReader = Pick<Prisma.TransactionClient, "dncEntry">;
type PersonReader = Pick<Prisma.TransactionClient, "dncEntry" | "contact" | "lead">;

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
 * A lead's or contact's tags with "dnc" added when its email or phone is on the list (never
 * removed here: removing an entry unflags, flag-listed-records.ts).
 */
export async function tagIfDoNotContact(
  reader: DncReader,
  { organizationId, email, phone, tags }: { organizationId: string; email?: string | null; phone?: string | null; tags: string[] },
) {
  if (tags.includes(DNC_TAG) || (!email && !phone)) return tags;
  const matches = await findDncMatches({ organizationId, emails: [email], phones: [phone], reader });
  return matches.entries.length > 0 ? [...tags, DNC_TAG] : tags;
}

/**
 * Refuses outreach to any listed email address or phone number: FORBIDDEN, naming the field
 * (`email` or `phone`, or `field` when given) and the listed values.
 */
export async function assertContactable(lookup: DncLookup & { field?: string; who?: string }): Promise<void> {
  const { entries } = await findDncMatches(lookup);
  if (entries.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const entry of entries) {
    (fieldErrors[lookup.field ?? entry.channel] ??= []).push(`${entry.value} is on the do-not-contact list`);
  }
  const listed = entries.map((entry) => entry.value).join(", ");
  const whose = lookup.who ? ` ${lookup.who}:` : "";
  throw new AppError("FORBIDDEN", `Not contactable:${whose} ${listed} ${entries.length === 1 ? "is" : "are"} on the do-not-contact list`, {
    fieldErrors,
  });
}

/** How an outreach reaches the person: which of their contact points the list is checked for. */
export type OutreachChannel = "email" | "phone" | "any";

export interface PersonOutreach {
  organizationId: string;
  contactId?: string | null | undefined;
  leadId?: string | null | undefined;
  channel: OutreachChannel;
  /** The input field the refusal names (`contactId`, `leadId`, `id`). */
  field: string;
  reader?: PersonReader;
}

/**
 * Refuses outreach to a contact or lead who is not contactable on `channel`: their email or phone
 * is on the do-not-contact list, or the record carries the "dnc" tag (which only a manager or
 * admin removes). FORBIDDEN, naming the person, the value and `field`.
 */
export async function assertPersonContactable({ organizationId, contactId, leadId, channel, field, reader = db }: PersonOutreach): Promise<void> {
  const select = { name: true, email: true, phone: true, tags: true } as const;
  const people = [
    ...(contactId ? [await reader.contact.findFirst({ where: { id: contactId, organizationId }, select })] : []),
    ...(leadId ? [await reader.lead.findFirst({ where: { id: leadId, organizationId }, select })] : []),
  ].filter((person) => person !== null);
  for (const person of people) {
    if (person.tags.includes(DNC_TAG)) {
      const message = `${person.name} is marked do-not-contact`;
      throw new AppError("FORBIDDEN", `Not contactable: ${message}`, { fieldErrors: { [field]: [message] } });
    }
    await assertContactable({
      organizationId,
      reader,
      field,
      who: person.name,
      emails: channel === "phone" ? [] : [person.email],
      phones: channel === "email" ? [] : [person.phone],
    });
  }
}
