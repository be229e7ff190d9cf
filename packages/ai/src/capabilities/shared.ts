import type { AiProvider, AiProviderName } from "../provider";

export type WithProvider<T> = T & { provider: AiProviderName };

/** Where a fact came from, so insights can link back to the record that supports them. */
export interface Source {
  entityType: string;
  entityId: string;
}

export interface RecordFact {
  label: string;
  value: string;
  source?: Source;
}

/**
 * Every capability answers through here: the deterministic implementation when the offline
 * provider is configured, the model otherwise, and either way the answer names its provider.
 */
export async function answerWith<T extends object>(
  provider: AiProvider,
  offline: () => T,
  model: () => Promise<T>,
): Promise<WithProvider<T>> {
  const value = provider.name === "offline" ? offline() : await model();
  return { ...value, provider: provider.name };
}

/** Models write words; these turn a stated certainty into the 0–100 scale the UI shows. */
export const CERTAINTY_SCORES = { high: 90, medium: 70, low: 45 } as const;
export type Certainty = keyof typeof CERTAINTY_SCORES;

export function sentences(text: string): string[] {
  return (text.replace(/\s+/g, " ").trim().match(/[^.!?]+[.!?]*/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
}

export function clip(value: string, length: number): string {
  const collapsed = value.replace(/\s+/g, " ").trim();
  return collapsed.length <= length ? collapsed : `${collapsed.slice(0, length - 1).trimEnd()}…`;
}

export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Facts as numbered lines, so a model can cite them by number and never needs their ids. */
export function factLines(facts: RecordFact[]): string {
  return facts.map((fact, index) => `[${index + 1}] ${fact.label}: ${fact.value}`).join("\n");
}
