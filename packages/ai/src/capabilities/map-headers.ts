import { z } from "zod";
import type { AiProvider } from "../provider";
import { answerWith, CERTAINTY_SCORES, type WithProvider } from "./shared";

export type FieldKind = "text" | "email" | "phone" | "date" | "number" | "money" | "enum";

export interface MappableField {
  name: string;
  label: string;
  aliases?: string[];
  kind?: FieldKind;
}

export interface MapHeadersInput {
  fields: MappableField[];
  headers: string[];
  /** A few data rows, cells in header order; they tell an email column from a name column. */
  sampleRows?: string[][];
}

export interface HeaderMapping {
  header: string;
  field: string | null;
  confidence: number;
}

/** Below this a header is left unmapped: a wrong mapping silently corrupts an import. */
const MIN_CONFIDENCE = 50;

function normalize(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Optimal string alignment distance: a swapped pair of letters ("premuim") costs one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

const GENERIC_WORDS = new Set(["name", "number", "no", "address", "id", "date", "code", "type", "of", "the"]);

/** 0–100: exact name beats every token shared beats a near spelling. */
function nameSimilarity(header: string, candidate: string): number {
  const a = normalize(header);
  const b = normalize(candidate);
  if (!a || !b) return 0;
  if (a === b || a.replaceAll(" ", "") === b.replaceAll(" ", "")) return 100;
  const aTokens = new Set(a.split(" "));
  const bTokens = new Set(b.split(" "));
  const shared = [...aTokens].filter((token) => bTokens.has(token));
  // "Mailing Address" is not an "Email address", nor "Agent Name" a "Full name": a shared word
  // counts only beside one that says what the column holds.
  const tokenScore = shared.some((token) => !GENERIC_WORDS.has(token)) ? 55 + 35 * (shared.length / Math.max(aTokens.size, bTokens.size)) : 0;
  const compactA = a.replaceAll(" ", "");
  const compactB = b.replaceAll(" ", "");
  const editScore = 100 * (1 - editDistance(compactA, compactB) / Math.max(compactA.length, compactB.length));
  const containment = compactA.length >= 4 && compactB.length >= 4 && (compactA.includes(compactB) || compactB.includes(compactA)) ? 75 : 0;
  return Math.max(tokenScore, containment, editScore >= 75 ? editScore - 5 : 0);
}

const KIND_PATTERNS: [FieldKind, (cell: string) => boolean][] = [
  ["email", (cell) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell)],
  ["date", (cell) => /^\d{4}-\d{2}-\d{2}/.test(cell) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(cell)],
  ["money", (cell) => /^[$€£]\s?[\d,]+(\.\d{1,2})?$/.test(cell)],
  ["phone", (cell) => /^\+?[\d\s().-]{7,}$/.test(cell) && (cell.match(/\d/g)?.length ?? 0) >= 7],
  ["number", (cell) => /^-?[\d,]+(\.\d+)?$/.test(cell)],
];

/** The kind most of a column's non-empty sample cells look like, if most look like one. */
function columnKind(cells: string[]): FieldKind | undefined {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  if (filled.length === 0) return undefined;
  for (const [kind, matches] of KIND_PATTERNS) {
    if (filled.filter(matches).length / filled.length >= 0.6) return kind;
  }
  return undefined;
}

function compatible(field: FieldKind | undefined, column: FieldKind): boolean {
  if (!field || field === "text" || field === "enum") return column === "number" || column === "phone";
  if (field === "money") return column === "money" || column === "number";
  if (field === "number") return column === "number" || column === "money";
  return field === column;
}

function score(header: string, column: FieldKind | undefined, field: MappableField): number {
  let best = Math.max(...[field.name, field.label, ...(field.aliases ?? [])].map((name) => nameSimilarity(header, name)));
  if (column) {
    if (field.kind && field.kind === column) best = Math.max(best + 15, column === "email" || column === "phone" || column === "date" ? 65 : 0);
    else if (!compatible(field.kind, column)) best -= 30;
  }
  return Math.max(0, Math.min(100, Math.round(best)));
}

/** Each field is taken at most once, by the header that matches it best. */
function assign(headers: string[], scores: number[][], fields: MappableField[]): HeaderMapping[] {
  const pairs = scores
    .flatMap((row, headerIndex) => row.map((value, fieldIndex) => ({ headerIndex, fieldIndex, value })))
    .filter((pair) => pair.value >= MIN_CONFIDENCE)
    .sort((a, b) => b.value - a.value || a.headerIndex - b.headerIndex || a.fieldIndex - b.fieldIndex);
  const result: HeaderMapping[] = headers.map((header) => ({ header, field: null, confidence: 0 }));
  const takenFields = new Set<number>();
  for (const pair of pairs) {
    const mapping = result[pair.headerIndex];
    if (!mapping || mapping.field !== null || takenFields.has(pair.fieldIndex)) continue;
    mapping.field = fields[pair.fieldIndex]?.name ?? null;
    mapping.confidence = pair.value;
    takenFields.add(pair.fieldIndex);
  }
  return result;
}

/**
 * The one header matcher: the offline answer of `mapHeaders`, and what an importer suggests before
 * anyone asks the copilot. Deterministic; each field goes to the header that matches it best.
 */
export function matchHeaders(input: MapHeadersInput): { mappings: HeaderMapping[] } {
  const kinds = input.headers.map((_, index) => columnKind((input.sampleRows ?? []).map((row) => row[index] ?? "")));
  const scores = input.headers.map((header, index) => input.fields.map((field) => score(header, kinds[index], field)));
  return { mappings: assign(input.headers, scores, input.fields) };
}

const modelMapping = z.object({
  mappings: z.array(
    z.object({
      header: z.string(),
      field: z.string().nullable().describe("The field's name, or null when no field fits"),
      certainty: z.enum(["high", "medium", "low"]),
    }),
  ),
});

const SYSTEM =
  "You map the column headers of a spreadsheet a user is importing onto the fields of a CRM record. " +
  "Use the headers, the field labels and aliases, and the sample values. Map each field to at most one " +
  "header; answer null for a header that fits no field rather than guessing.";

/** Which target field each spreadsheet header fills, with a 0–100 confidence; unsure headers stay null. */
export async function mapHeaders(provider: AiProvider, input: MapHeadersInput): Promise<WithProvider<{ mappings: HeaderMapping[] }>> {
  return answerWith(
    provider,
    () => matchHeaders(input),
    async () => {
      const fields = input.fields
        .map((field) => `- ${field.name} (${field.label}${field.kind ? `, ${field.kind}` : ""}${field.aliases?.length ? `; also called ${field.aliases.join(", ")}` : ""})`)
        .join("\n");
      const samples = (input.sampleRows ?? []).slice(0, 5).map((row) => row.map((cell) => cell.slice(0, 60)).join(" | "));
      const prompt = `Fields:\n${fields}\n\nHeaders: ${input.headers.join(" | ")}\n${samples.length ? `\nSample rows:\n${samples.join("\n")}` : ""}`;
      const answer = await provider.generateObject(modelMapping, prompt, { system: SYSTEM, temperature: 0 });
      const known = new Set(input.fields.map((field) => field.name));
      const taken = new Set<string>();
      // The model's answer is checked like user input: unknown fields, duplicates and missing headers become null.
      const mappings = input.headers.map((header) => {
        const answered = answer.mappings.find((mapping) => mapping.header === header);
        const field = answered?.field && known.has(answered.field) && !taken.has(answered.field) ? answered.field : null;
        if (field) taken.add(field);
        return { header, field, confidence: field && answered ? CERTAINTY_SCORES[answered.certainty] : 0 };
      });
      return { mappings };
    },
  );
}
