// Which lead field each column of an imported file holds. The lead fields, with the names
// spreadsheets give them, are matched by packages/ai's `matchHeaders` — the same matcher
// `copilot.mapHeaders` answers with offline, so the importer and the copilot cannot disagree:
// "Full Name" → name, "E-mail Address" → email, "Phone #" → phone, "Est. Value" → value. Each
// field is taken by one column at most, and a column nothing fits maps to null (ignored).

import { matchHeaders, type HeaderMapping, type MappableField } from "@harbor/ai";
import { leadDetailFields } from "../lead-field-names";

export const leadImportFields = ["name", "firstName", "lastName", ...leadDetailFields, "tags", "owner"] as const;

export type LeadImportField = (typeof leadImportFields)[number];
export type LeadImportMapping = Record<string, LeadImportField | null>;

const aliases: Record<LeadImportField, string[]> = {
  name: ["full name", "contact name", "lead name", "client name", "customer name", "prospect name", "candidate name"],
  firstName: ["given name", "fname", "forename"],
  lastName: ["surname", "family name", "lname"],
  email: ["e mail", "email address", "e mail address", "email id", "work email", "primary email"],
  phone: ["phone number", "phone no", "telephone", "tel", "mobile", "mobile number", "cell", "cell phone", "contact number"],
  company: ["company name", "organization", "organisation", "business", "business name", "employer", "account name", "firm", "agency"],
  jobTitle: ["title", "position", "role", "occupation", "designation"],
  status: ["lead status", "stage", "lead stage"],
  source: ["lead source", "origin", "utm source", "referral source", "how did you hear about us", "campaign"],
  value: ["est value", "estimated value", "deal value", "deal size", "amount", "premium", "est premium", "expected premium", "potential value", "opportunity value", "revenue"],
  budget: ["max budget", "price range", "budget range"],
  city: ["town", "location", "city town"],
  timeline: ["timeframe", "time frame", "purchase timeline", "buying timeline"],
  preferredChannel: ["preferred contact method", "contact preference", "contact method", "best way to reach", "preferred contact"],
  notes: ["note", "comments", "comment", "description", "remarks", "details"],
  tags: ["tag", "labels", "label"],
  owner: ["lead owner", "record owner", "account owner", "assigned to", "assignee"],
};

const kinds: Partial<Record<LeadImportField, MappableField["kind"]>> = { email: "email", phone: "phone", value: "money", budget: "money", status: "enum" };

const labelOf = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** The lead fields as the header matcher (and the copilot's model) sees them. */
export const leadMappableFields: MappableField[] = leadImportFields.map((name) => ({ name, label: labelOf(name), kind: kinds[name] ?? "text", aliases: aliases[name] }));

/**
 * A lead's own rule on top of any matcher's answer: one name column beats first/last halves, so
 * a column only loosely matched to name ("Agent Name") is dropped when the halves are mapped.
 */
export function settleLeadMappings(mappings: HeaderMapping[]): HeaderMapping[] {
  const mapped = new Set(mappings.map((mapping) => mapping.field));
  if (!mapped.has("firstName") && !mapped.has("lastName")) return mappings;
  return mappings.map((mapping) => (mapping.field === "name" && mapping.confidence < 100 ? { ...mapping, field: null, confidence: 0 } : mapping));
}

export function toLeadMapping(mappings: HeaderMapping[]): LeadImportMapping {
  const known = new Set<string>(leadImportFields);
  return Object.fromEntries(mappings.map(({ header, field }) => [header, field && known.has(field) ? (field as LeadImportField) : null]));
}

/** The mapping an import uses when the user gave none: the shared matcher's, settled for leads. */
export function suggestLeadMapping(headers: readonly string[], sampleRows?: string[][]): LeadImportMapping {
  const { mappings } = matchHeaders({ fields: leadMappableFields, headers: [...headers], ...(sampleRows ? { sampleRows } : {}) });
  return toLeadMapping(settleLeadMappings(mappings));
}

/** What keeps a mapping from importing anything: unknown columns, a field used twice, no name, no way to reach. */
export function mappingProblems(headers: readonly string[], mapping: LeadImportMapping): string[] {
  const problems: string[] = [];
  const known = new Set(headers);
  for (const header of Object.keys(mapping)) {
    if (!known.has(header)) problems.push(`"${header}" is not a column of this file`);
  }
  const columnsOf = new Map<LeadImportField, string[]>();
  for (const header of headers) {
    const field = mapping[header];
    if (field) columnsOf.set(field, [...(columnsOf.get(field) ?? []), header]);
  }
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) problems.push(`${field} is mapped from more than one column (${columns.map((column) => `"${column}"`).join(", ")})`);
  }
  if (!columnsOf.has("name") && !columnsOf.has("firstName") && !columnsOf.has("lastName")) problems.push("no column is mapped to name");
  if (!columnsOf.has("email") && !columnsOf.has("phone")) problems.push("no column is mapped to email or phone");
  return problems;
}
