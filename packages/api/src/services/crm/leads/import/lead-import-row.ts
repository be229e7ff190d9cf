import type { LeadStatus } from "@harbor/db";
import { z } from "zod";
import { normalizeEmailAddress, toE164 } from "../../dnc/normalize-contact-point";
import { uniqueTags } from "../lead-fields";
import type { LeadImportField } from "./map-lead-headers";

// One row of an import file, validated: a name (or first and last name), a valid email if there
// is one, a phone with 10–15 digits if there is one, and at least one of the two. Money reads
// "$1,200", "1.2k" and "1.200,50"; statuses read their labels ("Appointment Set", "Closed Won").

const MAX_MONEY = 9_999_999_999.99;

export function parseMoney(raw: string): number | null {
  let text = raw.replace(/\s|[$€£¥]|usd|eur|gbp/gi, "");
  if (text === "") return null;
  let multiplier = 1;
  if (/k$/i.test(text)) {
    multiplier = 1_000;
    text = text.slice(0, -1);
  }
  const decimalComma = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) || /^\d+,\d{1,2}$/.test(text);
  text = decimalComma ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * multiplier * 100) / 100;
}

const statusAliases: Record<string, LeadStatus> = {
  new: "new",
  open: "new",
  contacted: "contacted",
  attempted: "contacted",
  working: "contacted",
  in_progress: "contacted",
  qualified: "qualified",
  appointment_set: "appointment_set",
  appointment: "appointment_set",
  appt_set: "appointment_set",
  meeting_set: "appointment_set",
  proposal: "proposal",
  proposal_sent: "proposal",
  quoted: "proposal",
  won: "won",
  closed_won: "won",
  converted: "won",
  lost: "lost",
  closed_lost: "lost",
  dead: "lost",
};

export function parseLeadStatus(raw: string): LeadStatus | null {
  return statusAliases[raw.trim().toLowerCase().replace(/[\s-]+/g, "_")] ?? null;
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .transform((value) => value || null);

/** A contact-point cell (email, phone) in its stored form: empty is null, one `normalize` cannot read is the row's issue. */
const contactPointCell = (normalize: (value: string) => string | null, invalid: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const normalized = normalize(value);
      if (!normalized) ctx.addIssue({ code: "custom", message: `${invalid} (got "${value}")` });
      return normalized;
    });

const rowSchema = z
  .object({
    name: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
    email: contactPointCell(normalizeEmailAddress, "must be a valid email address"),
    phone: contactPointCell(toE164, "must be a phone number with 10–15 digits"),
    company: text(200),
    jobTitle: text(200),
    source: text(200),
    city: text(200),
    timeline: text(200),
    preferredChannel: text(100),
    notes: text(5_000),
    status: z
      .string()
      .trim()
      .transform((value, ctx) => {
        if (!value) return undefined;
        const status = parseLeadStatus(value);
        if (!status) ctx.addIssue({ code: "custom", message: `"${value}" is not a lead status` });
        return status ?? undefined;
      }),
    value: z.string().transform((value, ctx) => money(value, ctx)),
    budget: z.string().transform((value, ctx) => money(value, ctx)),
    tags: z.string().transform((value) => uniqueTags(value.split(/[,;|]/))),
    // Who owns the new lead, by their email; found among the assignable users when the row is written.
    ownerEmail: contactPointCell(normalizeEmailAddress, "must be a user's email address"),
  })
  .refine((row) => row.email || row.phone, { error: "an email or a phone number is required", path: ["email"] });

function money(value: string, ctx: z.RefinementCtx) {
  const amount = parseMoney(value);
  if (amount !== null && (Number.isNaN(amount) || amount > MAX_MONEY)) {
    ctx.addIssue({ code: "custom", message: `"${value}" is not an amount` });
    return null;
  }
  return amount;
}

export type ImportedLead = z.output<typeof rowSchema>;

/** The row's cells under the field each column is mapped to (a lead file's or a renewal file's fields). */
export function mappedValues<Field extends string>(headers: readonly string[], mapping: Readonly<Record<string, Field | null>>, cells: readonly string[]) {
  const values: Partial<Record<Field, string>> = {};
  headers.forEach((header, index) => {
    const field = mapping[header];
    const cell = cells[index]?.trim();
    if (field && cell) values[field] = cell;
  });
  return values;
}

export type RowResult = { ok: true; lead: ImportedLead } | { ok: false; message: string };

export function validateLeadRow(values: Partial<Record<LeadImportField, string>>): RowResult {
  const name = values.name ?? [values.firstName, values.lastName].filter(Boolean).join(" ");
  const parsed = rowSchema.safeParse({
    name,
    email: values.email ?? "",
    phone: values.phone ?? "",
    company: values.company ?? "",
    jobTitle: values.jobTitle ?? "",
    source: values.source ?? "",
    city: values.city ?? "",
    timeline: values.timeline ?? "",
    preferredChannel: values.preferredChannel ?? "",
    notes: values.notes ?? "",
    status: values.status ?? "",
    value: values.value ?? "",
    budget: values.budget ?? "",
    tags: values.tags ?? "",
    ownerEmail: values.owner ?? "",
  });
  if (parsed.success) return { ok: true, lead: parsed.data };
  return { ok: false, message: parsed.error.issues.map((issue) => `${fieldOf(issue.path.join("."))}: ${issue.message}`).join("; ") };
}

const fieldOf = (path: string) => (path === "ownerEmail" ? "owner" : path || "row");
