import type { PolicyType } from "@harbor/db";
import { normalizeEmailAddress, toE164 } from "../../crm/dnc/normalize-contact-point";
import { matchHeaders, type FieldKind, type MappableField } from "@harbor/ai";
import { parseMoney } from "../../crm/leads/import";

// The renewal-file template (policy_number, customer_first_name, customer_last_name, email, phone,
// policy_type, carrier, premium, prior_premium, start_date, end_date, renewal_date, agent_email),
// other header spellings mapped by the one header matcher (packages/ai's matchHeaders), and one row validated: every
// problem of the row reported with the column it is in. `premium` is the renewal term's quote,
// `prior_premium` the expiring term's (absent: the policy's current premium).

export const renewalFileFields = [
  "policyNumber",
  "firstName",
  "lastName",
  "customerName",
  "email",
  "phone",
  "policyType",
  "carrier",
  "premium",
  "priorPremium",
  "startDate",
  "endDate",
  "renewalDate",
  "agentEmail",
] as const;

export type RenewalFileField = (typeof renewalFileFields)[number];

/** The template's column for each field: how errors name the column. */
export const templateColumns: Record<RenewalFileField, string> = {
  policyNumber: "policy_number",
  firstName: "customer_first_name",
  lastName: "customer_last_name",
  customerName: "customer_name",
  email: "email",
  phone: "phone",
  policyType: "policy_type",
  carrier: "carrier",
  premium: "premium",
  priorPremium: "prior_premium",
  startDate: "start_date",
  endDate: "end_date",
  renewalDate: "renewal_date",
  agentEmail: "agent_email",
};

export const RENEWAL_TEMPLATE_HEADER = ["policy_number", "customer_first_name", "customer_last_name", "email", "phone", "policy_type", "carrier", "premium", "prior_premium", "start_date", "end_date", "renewal_date", "agent_email"];

// Spellings agencies' and carriers' exports give each field, beside the template's own column.
const aliases: Record<RenewalFileField, string[]> = {
  policyNumber: ["policy number", "policy no", "policy", "policy id", "policy #", "policy num"],
  firstName: ["first name", "insured first name", "fname", "given name"],
  lastName: ["last name", "insured last name", "surname", "lname", "family name"],
  customerName: ["customer", "insured", "insured name", "name", "client name", "policyholder", "policy holder"],
  email: ["customer email", "email address", "e mail", "insured email"],
  phone: ["customer phone", "phone number", "mobile", "telephone", "cell"],
  policyType: ["type", "line", "line of business", "lob", "product", "coverage type"],
  carrier: ["insurer", "insurance company", "company", "underwriter"],
  premium: ["renewal premium", "new premium", "quoted premium", "renewal quote", "quote"],
  priorPremium: ["expiring premium", "current premium", "previous premium", "old premium"],
  startDate: ["effective date", "inception date", "policy start", "start"],
  endDate: ["expiration date", "expiry date", "expiry", "expiration", "policy end", "end"],
  renewalDate: ["renews on", "renewal"],
  agentEmail: ["agent", "producer email", "producer", "assigned agent", "agent e mail"],
};

const kinds: Partial<Record<RenewalFileField, FieldKind>> = {
  email: "email",
  agentEmail: "email",
  phone: "phone",
  premium: "money",
  priorPremium: "money",
  startDate: "date",
  endDate: "date",
  renewalDate: "date",
};

/** The renewal-file fields as the one header matcher (packages/ai's matchHeaders) sees them. */
const renewalMappableFields: MappableField[] = renewalFileFields.map((name) => ({
  name,
  label: templateColumns[name].replaceAll("_", " "),
  kind: kinds[name] ?? "text",
  aliases: aliases[name],
}));

/** Which field each column holds: the matcher the lead import and copilot.mapHeaders use. */
export function suggestRenewalMapping(headers: readonly string[], sampleRows?: string[][]): Record<string, RenewalFileField | null> {
  const known = new Set<string>(renewalFileFields);
  const { mappings } = matchHeaders({ fields: renewalMappableFields, headers: [...headers], ...(sampleRows ? { sampleRows } : {}) });
  return Object.fromEntries(mappings.map(({ header, field }) => [header, field && known.has(field) ? (field as RenewalFileField) : null]));
}

/** Columns a renewal file cannot do without (a policy type may come from the upload instead). */
export function missingColumns(mapping: Record<string, RenewalFileField | null>, hasDefaultType: boolean): string[] {
  const mapped = new Set(Object.values(mapping));
  const missing: string[] = [];
  for (const field of ["policyNumber", "carrier", "premium", "startDate", "endDate"] as const) if (!mapped.has(field)) missing.push(templateColumns[field]);
  if (!mapped.has("customerName") && !mapped.has("firstName") && !mapped.has("lastName")) missing.push("customer_first_name / customer_last_name");
  if (!mapped.has("email") && !mapped.has("phone")) missing.push("email or phone");
  if (!hasDefaultType && !mapped.has("policyType")) missing.push("policy_type");
  return missing;
}

const policyTypeAliases: Record<string, PolicyType> = {
  auto: "auto", car: "auto", motor: "auto", automobile: "auto", vehicle: "auto", personal_auto: "auto",
  home: "home", homeowners: "home", homeowner: "home", house: "home", dwelling: "home", property: "home",
  life: "life", term_life: "life", whole_life: "life",
  health: "health", medical: "health",
  commercial: "commercial", business: "commercial", bop: "commercial", commercial_auto: "commercial",
  umbrella: "umbrella", renters: "renters", renter: "renters", tenant: "renters", other: "other",
};

export function parsePolicyType(raw: string): PolicyType | null {
  return policyTypeAliases[raw.trim().toLowerCase().replace(/['’]/g, "").replace(/[\s-]+/g, "_")] ?? null;
}

/** 2026-06-01, 6/1/2026 (US month first), 01.06.2026; an .xlsx date cell arrives as ISO. */
export function parseCalendarDate(raw: string): Date | null {
  const text = raw.trim();
  let year: number, month: number, day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) [year, month, day] = [Number(match[3]), Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) [year, month, day] = [Number(match[3]), Number(match[2]), Number(match[1])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  return date;
}

export interface RenewalRow {
  policyNumber: string;
  customerName: string;
  email: string | null;
  phone: string | null;
  policyType: PolicyType;
  carrier: string;
  premium: number;
  priorPremium: number | null;
  /** ISO calendar days: rows are stored as JSON until the worker applies them. */
  startDate: string;
  endDate: string;
  renewalDate: string;
  agentEmail: string | null;
}

export interface RowProblem {
  field: string;
  error: string;
}

export type RenewalRowResult = { ok: true; value: RenewalRow } | { ok: false; problems: RowProblem[] };

const MAX_MONEY = 9_999_999_999.99;
const day = (date: Date) => date.toISOString().slice(0, 10);

export function validateRenewalRow(values: Partial<Record<RenewalFileField, string>>, defaultType: PolicyType | null): RenewalRowResult {
  const problems: RowProblem[] = [];
  const problem = (field: RenewalFileField, error: string) => problems.push({ field: templateColumns[field], error });
  const text = (field: RenewalFileField, max: number) => {
    const value = values[field]?.trim() ?? "";
    if (value.length > max) problem(field, `must be at most ${max} characters`);
    return value;
  };
  const money = (field: RenewalFileField, required: boolean) => {
    const raw = values[field] ?? "";
    const amount = parseMoney(raw);
    if (amount === null) {
      if (required) problem(field, "is required");
      return null;
    }
    if (Number.isNaN(amount) || amount > MAX_MONEY) {
      problem(field, `"${raw}" is not an amount`);
      return null;
    }
    return amount;
  };
  const date = (field: RenewalFileField, required: boolean) => {
    const raw = values[field] ?? "";
    if (!raw) {
      if (required) problem(field, "is required");
      return null;
    }
    const parsed = parseCalendarDate(raw);
    if (!parsed) problem(field, `"${raw}" is not a date (use YYYY-MM-DD or MM/DD/YYYY)`);
    return parsed;
  };

  const policyNumber = text("policyNumber", 60);
  if (!policyNumber) problem("policyNumber", "is required");
  const customerName = (values.customerName ?? [values.firstName, values.lastName].filter(Boolean).join(" ")).trim();
  if (!customerName) problem(values.customerName === undefined ? "firstName" : "customerName", "a customer name is required");
  else if (customerName.length > 200) problem("customerName", "must be at most 200 characters");
  let email: string | null = null;
  if (values.email) {
    email = normalizeEmailAddress(values.email);
    if (!email) problem("email", `must be a valid email address (got "${values.email}")`);
  }
  let phone: string | null = null;
  if (values.phone) {
    phone = toE164(values.phone);
    if (!phone) problem("phone", `must be a phone number with 10–15 digits (got "${values.phone}")`);
  }
  if (!values.email && !values.phone) problem("email", "an email or a phone number is required");
  let policyType: PolicyType | null = defaultType;
  if (values.policyType) {
    policyType = parsePolicyType(values.policyType);
    if (!policyType) problem("policyType", `"${values.policyType}" is not a policy type (auto, home, life, health, commercial, umbrella, renters, other)`);
  } else if (!policyType) problem("policyType", "is required");
  const carrier = text("carrier", 120);
  if (!carrier) problem("carrier", "is required");
  const premium = money("premium", true);
  const priorPremium = money("priorPremium", false);
  const startDate = date("startDate", true);
  const endDate = date("endDate", true);
  const renewalDate = date("renewalDate", false) ?? endDate;
  if (startDate && endDate && endDate.getTime() <= startDate.getTime()) problem("endDate", "must be after start_date");
  let agentEmail: string | null = null;
  if (values.agentEmail) {
    agentEmail = normalizeEmailAddress(values.agentEmail);
    if (!agentEmail) problem("agentEmail", `must be a valid email address (got "${values.agentEmail}")`);
  }
  if (problems.length > 0 || !policyType || premium === null || !startDate || !endDate || !renewalDate) return { ok: false, problems };
  return {
    ok: true,
    value: { policyNumber, customerName, email, phone, policyType, carrier, premium, priorPremium, startDate: day(startDate), endDate: day(endDate), renewalDate: day(renewalDate), agentEmail },
  };
}
