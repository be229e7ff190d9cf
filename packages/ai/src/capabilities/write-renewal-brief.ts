import { z } from "zod";
import type { AiProvider } from "../provider";
import { answerWith, type WithProvider } from "./shared";

// The client-ready summary of a renewal: what changes from the expiring term to the renewal term.
// The numbers are the caller's, already formatted: the model writes the words around them with
// placeholders ({prior_premium}, {renewal_premium}, …) and may not write a digit itself. An answer
// that does, or that drops the premium, is replaced by the template the offline provider uses.

export interface RenewalBriefInput {
  customerName: string;
  policyLabel: string;
  /** Formatted values the summary may cite, by placeholder name (prior_premium, renewal_premium, change_percent, renewal_date, carrier, renewal_carrier). */
  figures: Record<string, string>;
  /** "Premium up 12.5%", "Deductible raised" … in the caller's words. */
  changes: string[];
  /** The renewal-risk factors a client would care about, already phrased. */
  reasons: string[];
}

const PLACEHOLDER = /\{([a-z_]+)\}/g;

export function fillPlaceholders(text: string, figures: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => figures[name] ?? whole);
}

function templateBrief({ customerName, policyLabel, figures, changes }: RenewalBriefInput): string {
  const first = customerName.trim().split(/\s+/)[0] ?? customerName;
  const premium = figures.renewal_premium
    ? `Your renewal premium is {renewal_premium}, compared with {prior_premium} for the current term${figures.change_percent ? ` ({change_percent})` : ""}.`
    : "We are still waiting for the renewal quote; your current premium is {prior_premium}.";
  const carrier = figures.renewal_carrier && figures.renewal_carrier !== figures.carrier ? " The renewal term is with {renewal_carrier}." : "";
  const other = changes.filter((change) => !/premium/i.test(change));
  const changeLine = other.length > 0 ? ` Other changes: ${other.join("; ")}.` : "";
  return fillPlaceholders(
    `Hi ${first}, your ${policyLabel} renews on {renewal_date}. ${premium}${carrier}${changeLine} Let me know if you would like to review your coverage or payment options before then.`,
    figures,
  );
}

const SYSTEM =
  "You write a short, warm, client-ready note (three to five sentences) from an insurance agent about a policy renewal. " +
  "Write every figure ONLY as one of the placeholders given, e.g. {renewal_premium}; never write a digit or a number yourself, and do not invent facts.";

export async function writeRenewalBrief(provider: AiProvider, input: RenewalBriefInput): Promise<WithProvider<{ summary: string; template: boolean }>> {
  const template = () => ({ summary: templateBrief(input), template: true });
  return answerWith(provider, template, async () => {
    const placeholders = Object.keys(input.figures).map((name) => `{${name}}`).join(", ");
    const prompt = [
      `Customer: ${input.customerName}`,
      `Policy: ${input.policyLabel}`,
      `Placeholders you may use: ${placeholders}`,
      `What changes: ${input.changes.join("; ") || "nothing beyond the dates"}`,
      `Why it matters: ${input.reasons.join("; ") || "nothing notable"}`,
    ].join("\n");
    const { summary } = await provider.generateObject(z.object({ summary: z.string().min(1).max(1500) }), prompt, { system: SYSTEM, temperature: 0.4 });
    const words = summary.replace(PLACEHOLDER, "");
    const citesPremium = summary.includes("{renewal_premium}") || summary.includes("{prior_premium}");
    if (/\d/.test(words) || !citesPremium) return template();
    return { summary: fillPlaceholders(summary, input.figures), template: false };
  });
}
