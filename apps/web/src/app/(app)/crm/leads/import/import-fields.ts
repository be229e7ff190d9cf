import type { RouterInputs, RouterOutputs } from "~/trpc/types";

export type ImportMapping = NonNullable<RouterInputs["crm"]["leads"]["import"]["commit"]["mapping"]>;
export type ImportField = NonNullable<ImportMapping[string]>;
export type ImportPreview = RouterOutputs["crm"]["leads"]["import"]["preview"];
export type ImportResult = RouterOutputs["crm"]["leads"]["import"]["commit"];
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
};

export const importFields = Object.keys(importFieldLabels) as ImportField[];

/** Which column each field is taken by, so the menu can say "used by …" for the others. */
export function columnsByField(mapping: ImportMapping): Map<ImportField, string> {
  const taken = new Map<ImportField, string>();
  for (const [column, field] of Object.entries(mapping)) if (field && !taken.has(field)) taken.set(field, column);
  return taken;
}
