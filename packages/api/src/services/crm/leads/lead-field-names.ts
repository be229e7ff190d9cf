import type { LeadFields } from "./lead-fields";

/** A lead's fields besides its name, tags and owner, in the order imports and merges list them. */
export const leadDetailFields = ["email", "phone", "company", "jobTitle", "status", "source", "value", "budget", "city", "timeline", "preferredChannel", "notes"] as const satisfies readonly (keyof LeadFields)[];
