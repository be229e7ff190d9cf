// One canonical form per contact point, so "(555) 123-4567", "+1 555 123 4567" and
// "1-555-123-4567" are the same number to the do-not-contact list and to lead duplicate checks.
//
//   email  trimmed and lower-cased; must look like an address (something@domain.tld)
//   phone  digits only, with the country code: 10 digits are a North American number and get
//          "1" in front; a leading "+" or "00" marks an international number whose digits are
//          kept as they are; 11–15 digits are taken to include their country code already.
//          Fewer than 10 or more than 15 digits (E.164's limit) is not a phone number.
//
// Leads store phones as "+" followed by these digits (E.164); the DNC list stores the digits.

export type ContactChannel = "email" | "phone";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmailAddress(value: string): string | null {
  const email = value.trim().toLowerCase();
  return EMAIL_SHAPE.test(email) ? email : null;
}

export function normalizePhoneDigits(value: string, { defaultCountryCode = "1" } = {}): string | null {
  const trimmed = value.trim();
  if (!/^[+\d\s().\-/]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, "");
  const international = trimmed.startsWith("+") || digits.startsWith("00");
  if (digits.startsWith("00")) digits = digits.slice(2);
  if (!international && digits.length === 10) digits = `${defaultCountryCode}${digits}`;
  if (digits.length < 10 || digits.length > 15) return null;
  return digits;
}

/** The E.164 form a lead's phone is stored in, or null when the value is not a phone number. */
export function toE164(value: string): string | null {
  const digits = normalizePhoneDigits(value);
  return digits ? `+${digits}` : null;
}

export function normalizeContactPoint(channel: ContactChannel, value: string): string | null {
  return channel === "email" ? normalizeEmailAddress(value) : normalizePhoneDigits(value);
}
