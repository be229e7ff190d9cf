// Why two people are the same person: the same email (case aside), the same phone (its last ten
// digits, so "+1 555 404 5050" and "(555) 404-5050" agree), or the same name (case and spacing
// aside) and date of birth. A pure rule, shared by duplicate detection and lead conversion.

export type MatchReason = "email" | "phone" | "nameAndDateOfBirth";

export interface PersonKeys {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  dateOfBirth?: Date | null;
}

const normalName = (name: string | null | undefined) => name?.trim().toLowerCase().replace(/\s+/g, " ") || null;
const normalEmail = (email: string | null | undefined) => email?.trim().toLowerCase() || null;
const phoneKey = (phone: string | null | undefined) => {
  const digits = phone?.replace(/\D/g, "") ?? "";
  return digits.length >= 7 ? digits.slice(-10) : null;
};
const dayOf = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

export function matchReasonsOf(keys: PersonKeys, candidate: PersonKeys): MatchReason[] {
  const reasons: MatchReason[] = [];
  const email = normalEmail(keys.email);
  if (email && email === normalEmail(candidate.email)) reasons.push("email");
  const phone = phoneKey(keys.phone);
  if (phone && phone === phoneKey(candidate.phone)) reasons.push("phone");
  const name = normalName(keys.name);
  const day = dayOf(keys.dateOfBirth);
  if (name && day && name === normalName(candidate.name) && day === dayOf(candidate.dateOfBirth)) reasons.push("nameAndDateOfBirth");
  return reasons;
}
