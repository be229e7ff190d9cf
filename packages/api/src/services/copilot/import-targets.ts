import type { HeaderMapping, MappableField } from "@harbor/ai";
import { leadMappableFields, settleLeadMappings } from "../crm/leads/import/map-lead-headers";

// The fields each import screen can fill, as copilot.mapHeaders offers them to the model. Leads
// take the lead importer's own fields and its rule (so the wizard's suggestion and the copilot's
// agree); the others are the records' columns a spreadsheet carries.

export const importTargets = ["lead", "policy", "contact", "renewal"] as const;
export type ImportTarget = (typeof importTargets)[number];

const words = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const field = (name: string, kind: MappableField["kind"] = "text", aliases: string[] = []): MappableField => ({ name, label: words(name), kind, ...(aliases.length ? { aliases } : {}) });

const contactFields: MappableField[] = [
  field("name", "text", ["full name", "client name", "insured"]),
  field("email", "email"),
  field("phone", "phone", ["mobile", "cell"]),
  field("company"),
  field("title", "text", ["job title"]),
  field("dateOfBirth", "date", ["dob", "birth date"]),
  field("notes"),
  field("tags"),
];

const policyFields: MappableField[] = [
  field("policyNumber", "text", ["policy #", "policy no", "policy id"]),
  field("contactName", "text", ["insured", "client", "policyholder"]),
  field("contactEmail", "email"),
  field("type", "enum", ["line", "line of business"]),
  field("carrier", "text", ["insurer", "company"]),
  field("premium", "money", ["annual premium"]),
  field("startDate", "date", ["effective date", "inception"]),
  field("endDate", "date", ["expiration", "expiry"]),
  field("renewalDate", "date", ["renewal"]),
  field("status", "enum"),
];

const renewalFields: MappableField[] = [
  ...policyFields.filter((candidate) => candidate.name !== "status"),
  field("contactPhone", "phone"),
  field("paymentStatus", "enum", ["payment", "paid"]),
  field("assignee", "text", ["agent", "account manager", "csr"]),
];

export const importTargetFields: Record<ImportTarget, MappableField[]> = {
  lead: leadMappableFields,
  contact: contactFields,
  policy: policyFields,
  renewal: renewalFields,
};

/** A target's own rule applied to any matcher's answer (the offline one or the model's). */
export const settleImportMappings: Partial<Record<ImportTarget, (mappings: HeaderMapping[]) => HeaderMapping[]>> = { lead: settleLeadMappings };
