import { z } from "zod";
import type { AiProvider } from "../provider";
import { answerWith, clip, factLines, type RecordFact, type WithProvider } from "./shared";

export interface SummarizeRecordInput {
  /** "Maria Lopez (contact)", "Call with John Smith, 3 June" … */
  title: string;
  facts: RecordFact[];
}

const MAX_FACTS_OFFLINE = 8;

/** Extractive: the facts in the caller's order (the caller knows what matters most), as sentences. */
function summarizeOffline(input: SummarizeRecordInput): { summary: string } {
  const facts = input.facts.filter((fact) => fact.value.trim() !== "");
  if (facts.length === 0) return { summary: `${input.title}: no details recorded yet.` };
  const shown = facts.slice(0, MAX_FACTS_OFFLINE).map((fact) => `${fact.label}: ${clip(fact.value, 200)}`);
  const more = facts.length - shown.length;
  return { summary: `${input.title}. ${shown.join(". ")}.${more > 0 ? ` (${more} more details not shown.)` : ""}`.replace(/\.\./g, ".") };
}

const SYSTEM =
  "You summarise a CRM record or a meeting for a busy insurance agent in two to four plain sentences. " +
  "Use only the facts given, lead with what needs attention, and do not add advice or facts of your own.";

/** A short summary of a record or meeting, from structured facts the caller passes. */
export async function summarizeRecord(provider: AiProvider, input: SummarizeRecordInput): Promise<WithProvider<{ summary: string }>> {
  return answerWith(
    provider,
    () => summarizeOffline(input),
    async () => {
      const prompt = `Record: ${input.title}\nFacts:\n${factLines(input.facts)}`;
      return provider.generateObject(z.object({ summary: z.string().min(1).max(1200) }), prompt, { system: SYSTEM, temperature: 0.3 });
    },
  );
}
