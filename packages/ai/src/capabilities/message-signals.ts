import { words } from "./shared";

export const INTENTS = [
  "inquiry",
  "complaint",
  "support",
  "purchase",
  "follow_up",
  "cancellation",
  "renewal",
  "claim",
  "billing",
  "other",
] as const;
export type MessageIntent = (typeof INTENTS)[number];
export type Urgency = "high" | "medium" | "low";
export type SentimentLabel = "positive" | "neutral" | "negative";

const POSITIVE = new Set([
  "thanks", "thank", "great", "excellent", "happy", "pleased", "appreciate", "appreciated", "wonderful", "love",
  "perfect", "helpful", "glad", "awesome", "good", "amazing", "fantastic", "satisfied", "smooth", "quick",
]);
const NEGATIVE = new Set([
  "angry", "upset", "frustrated", "frustrating", "terrible", "awful", "horrible", "worst", "disappointed",
  "unacceptable", "ridiculous", "bad", "poor", "denied", "wrong", "problem", "issue", "complaint", "never",
  "unhappy", "annoyed", "confused", "worried", "late", "overcharged", "mistake", "error", "cancel", "rude",
]);
const NEGATORS = new Set(["not", "no", "never", "isn't", "wasn't", "don't", "didn't", "hardly"]);

/** Keyword evidence per intent; phrases match the lowercased text, single words match tokens. */
const INTENT_CUES: Record<Exclude<MessageIntent, "other">, string[]> = {
  cancellation: ["cancel", "cancellation", "terminate", "switch carriers", "switching to", "close my account", "stop my policy"],
  claim: ["claim", "accident", "collision", "damage", "damaged", "stolen", "theft", "flood", "fire", "hail", "injury", "adjuster"],
  renewal: ["renew", "renewal", "renewing", "expiring", "expires", "expiration"],
  billing: ["bill", "billing", "invoice", "payment", "charged", "charge", "refund", "autopay", "overcharged", "premium increase", "price went up"],
  complaint: ["complain", "complaint", "unacceptable", "terrible", "worst", "disappointed", "ridiculous", "rude", "fed up"],
  purchase: ["buy", "purchase", "quote", "sign up", "interested in", "looking for coverage", "new policy", "add coverage", "how much"],
  support: ["help", "how do i", "can't", "cannot", "unable", "login", "password", "update my", "change my", "add a driver", "remove a driver", "id card"],
  follow_up: ["following up", "follow up", "follow-up", "checking in", "any update", "haven't heard", "just wanted to check"],
  inquiry: ["question", "wondering", "could you tell", "what is", "what are", "does my", "do you", "is it possible"],
};

const HIGH_URGENCY = ["urgent", "asap", "immediately", "emergency", "right away", "right now", "today", "accident", "as soon as possible", "deadline is tomorrow"];
const MEDIUM_URGENCY = ["soon", "this week", "tomorrow", "deadline", "expiring", "expires", "when you can", "by friday", "by monday"];

const TOPICS: [string, RegExp][] = [
  ["auto insurance", /\b(auto|car|vehicle|driver)s?\b/i],
  ["home insurance", /\b(home|homeowners?|house|property)\b/i],
  ["life insurance", /\blife (insurance|policy|coverage)\b/i],
  ["health insurance", /\bhealth (insurance|plan|coverage)\b/i],
  ["umbrella coverage", /\bumbrella\b/i],
  ["renters insurance", /\brenters?\b/i],
  ["commercial coverage", /\b(commercial|business) (insurance|policy|coverage)\b/i],
  ["claim", /\bclaims?\b/i],
  ["renewal", /\brenew(al|ing)?\b/i],
  ["premium", /\bpremiums?\b|\bprice\b|\brate increase\b/i],
  ["billing", /\b(bill|billing|invoice|payment|refund|autopay)\b/i],
  ["deductible", /\bdeductibles?\b/i],
  ["coverage", /\bcoverage\b/i],
  ["cancellation", /\bcancel(lation|ling)?\b/i],
  ["quote", /\bquotes?\b/i],
  ["policy documents", /\b(id card|declarations?|documents?|certificate)\b/i],
];

function includesCue(text: string, tokens: Set<string>, cue: string): boolean {
  return cue.includes(" ") || cue.includes("'") ? text.includes(cue) : tokens.has(cue);
}

export function sentimentOf(text: string): { label: SentimentLabel; confidence: number; score: number } {
  const tokens = words(text);
  let score = 0;
  tokens.forEach((token, index) => {
    const negated = index > 0 && NEGATORS.has(tokens[index - 1] ?? "");
    if (POSITIVE.has(token)) score += negated ? -1 : 1;
    else if (NEGATIVE.has(token)) score += negated ? 0.5 : -1;
  });
  score += (text.match(/!/g)?.length ?? 0) > 1 && score < 0 ? -1 : 0;
  if (score >= 1) return { label: "positive", confidence: Math.min(95, 55 + score * 12), score };
  if (score <= -1) return { label: "negative", confidence: Math.min(95, 55 + Math.abs(score) * 12), score };
  // No evidence either way is itself fairly strong evidence of a neutral message.
  return { label: "neutral", confidence: score === 0 ? 70 : 55, score };
}

export function intentOf(text: string): { intent: MessageIntent; evidence: string[] } {
  const lower = text.toLowerCase();
  const tokens = new Set(words(text));
  let best: { intent: MessageIntent; evidence: string[] } = { intent: "other", evidence: [] };
  // Object order is the tie-break: a cancellation that is also a complaint is handled as a cancellation.
  for (const [intent, cues] of Object.entries(INTENT_CUES) as [MessageIntent, string[]][]) {
    const evidence = cues.filter((cue) => includesCue(lower, tokens, cue));
    if (evidence.length > best.evidence.length) best = { intent, evidence };
  }
  if (best.intent === "other" && text.includes("?")) return { intent: "inquiry", evidence: ["?"] };
  return best;
}

export function urgencyOf(text: string, sentiment: SentimentLabel, intent: MessageIntent): Urgency {
  const lower = text.toLowerCase();
  if (HIGH_URGENCY.some((cue) => lower.includes(cue))) return "high";
  if (intent === "claim" || (sentiment === "negative" && (intent === "complaint" || intent === "cancellation"))) return "high";
  if (MEDIUM_URGENCY.some((cue) => lower.includes(cue))) return "medium";
  if (sentiment === "negative" || intent === "renewal" || intent === "billing" || intent === "follow_up") return "medium";
  return "low";
}

const STOPWORDS = new Set(
  "about above after again also because been before being below between both could did does doing down during each from further have having here hers herself himself into just more most other over same should some such than that their theirs them then there these they this those through under until very what when where which while will with would your yours yourself please thanks thank hello dear regards".split(" "),
);

export function topicsOf(text: string): string[] {
  const topics = TOPICS.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
  if (topics.length >= 2) return topics.slice(0, 5);
  const counts = new Map<string, number>();
  for (const token of words(text)) {
    if (token.length < 5 || STOPWORDS.has(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([token]) => token);
  return [...topics, ...frequent].slice(0, 5);
}

export function toneOf(text: string, sentiment: SentimentLabel, intent: MessageIntent, urgency: Urgency): string {
  const lower = text.toLowerCase();
  if (sentiment === "negative" && (intent === "complaint" || /frustrat|fed up|unacceptable/.test(lower))) return "frustrated";
  if (sentiment === "negative" && urgency === "high") return "anxious";
  if (sentiment === "negative") return "concerned";
  if (/\bthank|appreciate/.test(lower)) return "appreciative";
  if (sentiment === "positive" && text.includes("!")) return "enthusiastic";
  if (sentiment === "positive") return "satisfied";
  return intent === "inquiry" ? "curious" : "neutral";
}

const REQUEST = /\b(please|can you|could you|would you|i need|we need|i want|i'd like|let me know|send me)\b/i;

export function actionItemsOf(text: string, intent: MessageIntent, urgency: Urgency, allSentences: string[]): string[] {
  const items: string[] = [];
  const byIntent: Partial<Record<MessageIntent, string>> = {
    claim: "Open or update the claim and confirm the next step with the client",
    cancellation: "Call the client to understand why they want to cancel before processing it",
    renewal: "Review the renewal terms and send the renewal options",
    billing: "Check the billing history and explain the charge",
    complaint: "Acknowledge the complaint and assign an owner to resolve it",
    purchase: "Prepare a quote for the requested coverage",
    support: "Walk the client through the requested change",
    follow_up: "Send the status update the client is waiting for",
    inquiry: "Answer the client's question",
  };
  const first = byIntent[intent];
  if (first) items.push(first);
  for (const sentence of allSentences) {
    if (REQUEST.test(sentence) && items.length < 4) items.push(`Client asked: "${sentence.replace(/[.!?]+$/, "")}"`);
  }
  if (urgency === "high") items.unshift("Respond today");
  return items;
}
