// Suggests which lead field each column of an imported file holds, from its header alone
// (suggestColumnMapping, shared with the renewal-file import):
// "Full Name" → name, "E-mail Address" → email, "Phone #" → phone, "Est. Value" → value. Exact
// synonyms win over keywords, each field is taken by one column at most (the first that
// matches), and a column nothing fits maps to null (ignored). The copilot may propose a better
// mapping later; the wizard lets the user correct it either way.

export const leadImportFields = [
  "name",
  "firstName",
  "lastName",
  "email",
  "phone",
  "company",
  "jobTitle",
  "status",
  "source",
  "value",
  "budget",
  "city",
  "timeline",
  "preferredChannel",
  "notes",
  "tags",
] as const;

export type LeadImportField = (typeof leadImportFields)[number];
export type LeadImportMapping = Record<string, LeadImportField | null>;

const synonyms: Record<LeadImportField, string[]> = {
  name: ["name", "full name", "contact name", "lead name", "client name", "customer name", "prospect name", "candidate name", "contact", "lead", "prospect"],
  firstName: ["first name", "first", "given name", "fname", "forename"],
  lastName: ["last name", "last", "surname", "family name", "lname"],
  email: ["email", "e mail", "email address", "e mail address", "mail", "email id", "work email", "primary email"],
  phone: ["phone", "phone number", "phone no", "telephone", "tel", "mobile", "mobile number", "cell", "cell phone", "contact number"],
  company: ["company", "company name", "organization", "organisation", "business", "business name", "employer", "account", "account name", "firm"],
  jobTitle: ["title", "job title", "position", "role", "occupation", "designation"],
  status: ["status", "lead status", "stage", "lead stage"],
  source: ["source", "lead source", "origin", "utm source", "referral source", "how did you hear about us", "campaign"],
  value: ["value", "est value", "estimated value", "deal value", "deal size", "amount", "premium", "est premium", "expected premium", "potential value", "opportunity value"],
  budget: ["budget", "max budget", "price range", "budget range"],
  city: ["city", "town", "location", "city town"],
  timeline: ["timeline", "timeframe", "time frame", "purchase timeline", "buying timeline", "when"],
  preferredChannel: ["preferred channel", "preferred contact method", "contact preference", "contact method", "best way to reach", "preferred contact"],
  notes: ["notes", "note", "comments", "comment", "description", "remarks", "details"],
  tags: ["tags", "tag", "labels", "label"],
};

// Checked in this order, so "Company Name" is a company before it is a name.
const keywords: [LeadImportField, string[]][] = [
  ["email", ["email", "mail"]],
  ["phone", ["phone", "mobile", "cell", "tel", "telephone"]],
  ["firstName", ["first", "given"]],
  ["lastName", ["last", "surname", "family"]],
  ["company", ["company", "organization", "organisation", "business", "employer", "agency"]],
  ["jobTitle", ["title", "position", "occupation"]],
  ["preferredChannel", ["preferred", "preference"]],
  ["source", ["source", "origin", "campaign"]],
  ["budget", ["budget"]],
  ["value", ["value", "amount", "premium", "revenue"]],
  ["status", ["status", "stage"]],
  ["city", ["city", "town"]],
  ["timeline", ["timeline", "timeframe"]],
  ["notes", ["note", "notes", "comment", "comments", "remarks"]],
  ["tags", ["tag", "tags", "label", "labels"]],
  ["name", ["name"]],
];

/** "E-mail Address" → ["e", "mail", "address"]; "Phone #" → ["phone", "number"]. */
export function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/#/g, " number ")
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const compact = (words: string[]) => words.join("");

/** What a file's columns may be mapped to: exact header synonyms, then keywords in order of precedence. */
export interface ColumnVocabulary<Field extends string> {
  synonyms: Record<Field, string[]>;
  /** Checked in this order, so an earlier field takes a header before a later one can. */
  keywords: [Field, string[]][];
}

/**
 * The one header-mapping rule of every file import (leads, renewal files): a header equal to a
 * field's synonym (compared word by word, case and punctuation aside) takes that field; a header
 * left over takes the first field whose keyword it contains. Each field is taken by one column at
 * most (the first that matches); a column nothing fits maps to null (ignored).
 */
export function suggestColumnMapping<Field extends string>(headers: readonly string[], { synonyms, keywords }: ColumnVocabulary<Field>, extraExact: [string, Field][] = []) {
  const exactIndex = new Map<string, Field>([
    ...(Object.entries(synonyms) as [Field, string[]][]).flatMap(([field, names]) => names.map((name) => [compact(headerWords(name)), field] as const)),
    ...extraExact,
  ]);
  const mapping: Record<string, Field | null> = Object.fromEntries(headers.map((header) => [header, null]));
  const taken = new Set<Field>();
  const words = headers.map((header) => headerWords(header));

  headers.forEach((header, index) => {
    const field = exactIndex.get(compact(words[index]!));
    if (field && !taken.has(field)) {
      mapping[header] = field;
      taken.add(field);
    }
  });

  headers.forEach((header, index) => {
    if (mapping[header] !== null) return;
    const headerWordSet = new Set(words[index]);
    const joined = compact(words[index]!);
    for (const [field, terms] of keywords) {
      if (taken.has(field)) continue;
      if (terms.some((term) => headerWordSet.has(term) || (term.length >= 5 && joined.includes(term)))) {
        mapping[header] = field;
        taken.add(field);
        return;
      }
    }
  });
  return { mapping, taken, isExact: (header: string, field: Field) => exactIndex.get(compact(headerWords(header))) === field };
}

const leadVocabulary: ColumnVocabulary<LeadImportField> = { synonyms, keywords };

export function suggestLeadMapping(headers: readonly string[]): LeadImportMapping {
  // "Phone #" and "Phone No" both end in a word saying "number".
  const { mapping, taken, isExact } = suggestColumnMapping(headers, leadVocabulary, [["phonenumber", "phone"]]);
  // A single name column beats first/last halves; halves only stand in when there is no name.
  if (taken.has("name") && (taken.has("firstName") || taken.has("lastName"))) {
    const nameHeader = headers.find((header) => mapping[header] === "name")!;
    if (!isExact(nameHeader, "name")) mapping[nameHeader] = null;
  }
  return mapping;
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
