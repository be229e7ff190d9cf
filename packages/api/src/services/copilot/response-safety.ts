// The safety check every model answer passes before a user sees it: the organization's blocked
// topics, secrets echoed back (Harbor API keys, Google API keys, the provider key in use), and
// payment card numbers (Luhn-valid, 13–19 digits) or US social security numbers. A failing
// answer is withheld and logged with these same patterns masked, so the log leaks nothing.

export type SafetyReason = "blocked_topic" | "secret" | "card_number" | "ssn";

export interface SafetyVerdict {
  safe: boolean;
  reasons: SafetyReason[];
  /** The blocked topics the text mentions, for the log. */
  topics: string[];
}

export interface SafetyPolicy {
  blockedTopics: string[];
  secrets: string[];
}

const HARBOR_KEY = /hbr_[A-Za-z0-9_-]{20,}/g;
const GOOGLE_KEY = /AIza[0-9A-Za-z_-]{30,}/g;
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function cardNumbers(text: string): string[] {
  return (text.match(CARD_CANDIDATE) ?? []).filter((candidate) => {
    const digits = candidate.replace(/\D/g, "");
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
  });
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentionedTopics(text: string, topics: string[]): string[] {
  return topics.filter((topic) => topic.trim() && new RegExp(`\\b${escapeRegExp(topic.trim())}\\b`, "i").test(text));
}

export function checkResponseSafety(text: string, policy: SafetyPolicy): SafetyVerdict {
  const reasons = new Set<SafetyReason>();
  const topics = mentionedTopics(text, policy.blockedTopics);
  if (topics.length > 0) reasons.add("blocked_topic");
  const echoedSecret = policy.secrets.some((secret) => secret.length >= 8 && text.includes(secret));
  if (echoedSecret || new RegExp(HARBOR_KEY.source).test(text) || new RegExp(GOOGLE_KEY.source).test(text)) reasons.add("secret");
  if (cardNumbers(text).length > 0) reasons.add("card_number");
  if (new RegExp(SSN.source).test(text)) reasons.add("ssn");
  return { safe: reasons.size === 0, reasons: [...reasons], topics };
}

/** The text with every secret, card number and SSN replaced, for the blocked-responses log. */
export function maskSensitive(text: string, secrets: string[]): string {
  let masked = text;
  for (const secret of secrets) if (secret.length >= 8) masked = masked.split(secret).join("[secret]");
  masked = masked.replace(HARBOR_KEY, "[secret]").replace(GOOGLE_KEY, "[secret]").replace(SSN, "[ssn]");
  masked = masked.replace(CARD_CANDIDATE, (candidate) => {
    const digits = candidate.replace(/\D/g, "");
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) ? `[card ••••${digits.slice(-4)}]` : candidate;
  });
  return masked;
}

export const WITHHELD_NOTICE =
  "This answer was withheld by your organization's safety check (it touched a blocked topic or contained sensitive data). It has been logged for compliance review.";
