import { db, type Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { within } from "../../../access/organization-scope";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { AppError } from "../../../errors";
import { escapeLike } from "../../text-search";
import { matchReasonsOf, type MatchReason, type PersonKeys } from "./match-reasons";
import { summarySelect } from "../../summary-select";

// Which live contacts within the caller's reach are the same person as the given keys: the same
// email, the same phone (by its digits), or the same name and date of birth. Candidates are
// found through search_text (the trigram index holds the lowercased name, email and phone
// digits), then each is checked exactly by matchReasonsOf.

export interface ContactMatch {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: Date | null;
  customerCode: string | null;
  owner: { id: string; name: string } | null;
  reasons: MatchReason[];
}

const matchSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  dateOfBirth: true,
  customerCode: true,
  owner: summarySelect,
} as const satisfies Prisma.ContactSelect;

const MAX_MATCHES = 10;

function candidateFilters(keys: PersonKeys): Prisma.ContactWhereInput[] {
  const filters: Prisma.ContactWhereInput[] = [];
  const email = keys.email?.trim().toLowerCase();
  if (email) filters.push({ searchText: { contains: escapeLike(email) } });
  const digits = keys.phone?.replace(/\D/g, "") ?? "";
  if (digits.length >= 7) filters.push({ searchText: { contains: digits.slice(-10) } });
  const name = keys.name?.trim().toLowerCase().replace(/\s+/g, " ");
  if (name && keys.dateOfBirth) filters.push({ searchText: { contains: escapeLike(name) }, dateOfBirth: keys.dateOfBirth });
  return filters;
}

/** The live contacts within the actor's reach that are the same person, best match first. */
export async function findContactMatches(actor: Actor, keys: PersonKeys, exceptId?: string): Promise<ContactMatch[]> {
  const filters = candidateFilters(keys);
  if (filters.length === 0) return [];
  const candidates = await db.contact.findMany({
    where: within(ownedRecordScope(actor), { OR: filters, ...(exceptId ? { id: { not: exceptId } } : {}) }),
    select: matchSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  return candidates
    .map((candidate) => ({ ...candidate, reasons: matchReasonsOf(keys, candidate) }))
    .filter((candidate) => candidate.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, MAX_MATCHES);
}

const reasonLabels: Record<MatchReason, string> = { email: "email", phone: "phone", nameAndDateOfBirth: "name and date of birth" };

/** CONFLICT naming the first match (its id in fieldErrors.duplicateOf), unless there is none. */
export async function assertNoDuplicateContact(actor: Actor, keys: PersonKeys, exceptId?: string) {
  const [match] = await findContactMatches(actor, keys, exceptId);
  if (!match) return;
  const field = match.reasons[0] === "nameAndDateOfBirth" ? "name" : match.reasons[0]!;
  const same = `${match.name} already has this ${match.reasons.map((reason) => reasonLabels[reason]).join(" and ")}`;
  throw new AppError("CONFLICT", `${same}; send allowDuplicate: true to create another contact`, { fieldErrors: { [field]: [same], duplicateOf: [match.id] } });
}

/** crm.contacts.duplicates: what the contact form warns about before saving. */
export async function contactDuplicates({ actor, exceptId, ...keys }: PersonKeys & { actor: Actor; exceptId?: string }) {
  return { items: await findContactMatches(actor, keys, exceptId) };
}
