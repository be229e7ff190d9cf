import type { RouterInputs, RouterOutputs } from "~/trpc/types";

export type ImportMapping = NonNullable<RouterInputs["crm"]["leads"]["import"]["commit"]["mapping"]>;
export type ImportField = NonNullable<ImportMapping[string]>;
export type ImportPreview = RouterOutputs["crm"]["leads"]["import"]["preview"];
export type ImportCommitAnswer = RouterOutputs["crm"]["leads"]["import"]["commit"];
/** An import's outcome: a small file's commit answer, or a queued import's final status. */
export type ImportResult = Pick<RouterOutputs["crm"]["leads"]["import"]["status"], "created" | "updated" | "skipped" | "errors" | "errorCount" | "errorsByReason" | "flaggedDnc">;
export type DuplicateHandling = NonNullable<RouterInputs["crm"]["leads"]["import"]["commit"]["onDuplicate"]>;

/** Every field a column can be imported into, in the order the mapping menu lists them. */
export const importFieldLabels: Record<ImportField, string> = {
  name: "Full name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Phone",
  company: "Company",
  jobTitle: "Job title",
  status: "Status",
  source: "Source",
  value: "Estimated value",
  budget: "Budget",
  city: "City",
  timeline: "Timeline",
  preferredChannel: "Preferred channel",
  notes: "Notes",
  tags: "Tags",
  owner: "Owner (user's email)",
};

export const importFields = Object.keys(importFieldLabels) as ImportField[];

/** Which column each field is taken by, so the menu can say "used by …" for the others. */
export function columnsByField(mapping: ImportMapping): Map<ImportField, string> {
  const taken = new Map<ImportField, string>();
  for (const [column, field] of Object.entries(mapping)) if (field && !taken.has(field)) taken.set(field, column);
  return taken;
}

/** copilot.mapHeaders' answer as a mapping the import takes: unknown fields become "Don't import". */
export function mappingFromSuggestion(headers: string[], mappings: { header: string; field: string | null }[]): ImportMapping {
  const known = new Set<string>(importFields);
  const fieldOf = new Map(mappings.map(({ header, field }) => [header, field && known.has(field) ? (field as ImportField) : null]));
  return Object.fromEntries(headers.map((header) => [header, fieldOf.get(header) ?? null]));
}

export function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  const headers = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...headers].every((header) => (a[header] ?? null) === (b[header] ?? null));
}
