import { z } from "zod";
import type { AiProvider } from "../provider";
import { answerWith, factLines, words, type RecordFact, type Source, type WithProvider } from "./shared";

export interface ScoreFactor {
  name: string;
  explanation: string;
  direction: string;
}

export interface RecordScore {
  name: string;
  score: number;
  band: string;
  factors: ScoreFactor[];
}

export interface GenerateInsightsInput {
  entityType: string;
  facts: RecordFact[];
  /** Computed by the scoring package; the model explains them and never changes them. */
  scores?: RecordScore[];
}

export interface Insight {
  text: string;
  citations: Source[];
}

export interface RecordInsights {
  summary: string;
  risks: Insight[];
  nextBestActions: Insight[];
}

interface FactRule {
  test: (fact: RecordFact) => boolean;
  risk: (fact: RecordFact) => string;
  action: (fact: RecordFact) => string;
}

function numberIn(value: string): number | undefined {
  const match = /-?\d+(\.\d+)?/.exec(value.replace(/,/g, ""));
  return match ? Number(match[0]) : undefined;
}

const has = (fact: RecordFact, pattern: RegExp) => pattern.test(`${fact.label} ${fact.value}`);

const FACT_RULES: FactRule[] = [
  {
    test: (fact) => has(fact, /overdue/i) && (numberIn(fact.value) ?? 1) > 0,
    risk: (fact) => `Overdue work: ${fact.label} — ${fact.value}`,
    action: () => "Clear the overdue tasks or reschedule them with a new due date",
  },
  {
    test: (fact) => /days since|last contact/i.test(fact.label) && (numberIn(fact.value) ?? 0) >= 30,
    risk: (fact) => `No recent contact (${fact.label}: ${fact.value})`,
    action: () => "Call to check in; it has been a while since the last conversation",
  },
  {
    test: (fact) => /renew/i.test(fact.label) && /days/i.test(fact.value) && (numberIn(fact.value) ?? 99) <= 45,
    risk: (fact) => `Renewal is close (${fact.label}: ${fact.value})`,
    action: () => "Start the renewal review and send the options before the renewal date",
  },
  {
    test: (fact) => /sentiment/i.test(fact.label) && /negative/i.test(fact.value),
    risk: (fact) => `Negative sentiment in recent messages (${fact.value})`,
    action: () => "Reach out personally to address the client's concerns",
  },
  {
    test: (fact) => /ticket|complaint|claim/i.test(fact.label) && /open|pending/i.test(`${fact.label} ${fact.value}`) && numberIn(fact.value) !== 0,
    risk: (fact) => `Unresolved service issue (${fact.label}: ${fact.value})`,
    action: () => "Resolve the open ticket and confirm with the client",
  },
  {
    test: (fact) => /status/i.test(fact.label) && /lapsed|cancel|expired|lost/i.test(fact.value),
    risk: (fact) => `${fact.label} is ${fact.value}`,
    action: () => "Contact the client about reinstating or replacing the coverage",
  },
  {
    test: (fact) => /^(email|phone)$/i.test(fact.label.trim()) && /^(none|missing|unknown|-|n\/a)$/i.test(fact.value.trim()),
    risk: (fact) => `No ${fact.label.toLowerCase()} on file`,
    action: (fact) => `Ask for and record a ${fact.label.toLowerCase()}`,
  },
];

function sourcesOf(facts: RecordFact[]): Source[] {
  const seen = new Set<string>();
  return facts.flatMap((fact) => {
    if (!fact.source) return [];
    const key = `${fact.source.entityType}:${fact.source.entityId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [fact.source];
  });
}

/** Facts whose label shares a word with a score factor back up what the factor says. */
function factsForFactor(factor: ScoreFactor, facts: RecordFact[]): RecordFact[] {
  const factorWords = new Set(words(factor.name).filter((word) => word.length > 3));
  return facts.filter((fact) => words(fact.label).some((word) => factorWords.has(word)));
}

const NEGATIVE_DIRECTION = /neg|down|risk|decrease|lower/i;
const POSITIVE_DIRECTION = /pos|up|increase|higher/i;

function insightsOffline(input: GenerateInsightsInput): RecordInsights {
  const risks: Insight[] = [];
  const actions: Insight[] = [];
  const addUnique = (list: Insight[], text: string, citations: Source[]) => {
    if (!list.some((item) => item.text === text)) list.push({ text, citations });
  };
  for (const fact of input.facts) {
    for (const rule of FACT_RULES) {
      if (!rule.test(fact)) continue;
      addUnique(risks, rule.risk(fact), sourcesOf([fact]));
      addUnique(actions, rule.action(fact), sourcesOf([fact]));
    }
  }
  for (const score of input.scores ?? []) {
    for (const factor of score.factors) {
      const citations = sourcesOf(factsForFactor(factor, input.facts));
      if (NEGATIVE_DIRECTION.test(factor.direction)) addUnique(risks, `${score.name} (${score.score}, ${score.band}): ${factor.explanation}`, citations);
      else if (POSITIVE_DIRECTION.test(factor.direction) && /hot|high|strong|excellent/i.test(score.band)) {
        addUnique(actions, `Build on ${factor.name.toLowerCase()}: ${factor.explanation}`, citations);
      }
    }
  }
  if (actions.length === 0) addUnique(actions, `Review this ${input.entityType} and set a follow-up task`, sourcesOf(input.facts.slice(0, 1)));
  const scoreText = (input.scores ?? []).map((score) => `${score.name} ${score.score} (${score.band})`).join(", ");
  const summary =
    `${capitalizeFirst(input.entityType)} with ${input.facts.length} recorded details` +
    (scoreText ? `; ${scoreText}` : "") +
    `. ${risks.length === 0 ? "No risks found in the recorded facts." : `${risks.length} risk${risks.length === 1 ? "" : "s"} to look at.`}`;
  return { summary, risks, nextBestActions: actions.slice(0, 5) };
}

function capitalizeFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const citedItem = z.object({
  text: z.string().min(1).max(300),
  facts: z.array(z.number().int().min(1)).describe("Numbers of the facts this item rests on"),
});
const modelInsights = z.object({
  summary: z.string().min(1).max(800),
  risks: z.array(citedItem).max(5),
  nextBestActions: z.array(citedItem).max(5),
});

const SYSTEM =
  "You advise an insurance agent about one CRM record. From the numbered facts and the computed scores, " +
  "write a short summary, the risks, and the next best actions. Every risk and action must cite the " +
  "numbers of the facts it rests on; do not state anything the facts do not support, and do not invent " +
  "or change scores.";

/** A summary, risks and next best actions for a record; every item cites the facts behind it. */
export async function generateInsights(provider: AiProvider, input: GenerateInsightsInput): Promise<WithProvider<RecordInsights>> {
  return answerWith(
    provider,
    () => insightsOffline(input),
    async () => {
      const scores = (input.scores ?? [])
        .map((score) => `- ${score.name}: ${score.score} (${score.band}); ${score.factors.map((factor) => `${factor.name} [${factor.direction}]: ${factor.explanation}`).join("; ")}`)
        .join("\n");
      const prompt = `Record type: ${input.entityType}\nFacts:\n${factLines(input.facts)}\n${scores ? `Scores:\n${scores}` : "No scores."}`;
      const answer = await provider.generateObject(modelInsights, prompt, { system: SYSTEM, temperature: 0.3 });
      // Citations are resolved here from the fact numbers, so a model can never cite a record it was not shown.
      const cite = (item: z.infer<typeof citedItem>): Insight => ({
        text: item.text,
        citations: sourcesOf(item.facts.flatMap((number) => input.facts[number - 1] ?? [])),
      });
      return { summary: answer.summary, risks: answer.risks.map(cite), nextBestActions: answer.nextBestActions.map(cite) };
    },
  );
}
