import type { MergeEntityType } from "./merge-fields";

// Every table whose rows follow a contact or a lead through a merge, by the column naming it.
// Survey invites stay with the loser (one invite per survey and contact), and so do its
// household's members list entries (the survivor's household is a picked field).

export interface MoveTarget {
  table: string;
  column: string;
}

export const movesOf: Record<MergeEntityType, readonly MoveTarget[]> = {
  contact: [
    { table: "activities", column: "contact_id" },
    { table: "policies", column: "contact_id" },
    { table: "opportunities", column: "contact_id" },
    { table: "tasks", column: "contact_id" },
    { table: "tickets", column: "contact_id" },
    { table: "appointments", column: "contact_id" },
    { table: "renewal_cases", column: "contact_id" },
    { table: "leads", column: "converted_contact_id" },
    { table: "households", column: "primary_contact_id" },
  ],
  lead: [
    { table: "activities", column: "lead_id" },
    { table: "opportunities", column: "lead_id" },
    { table: "tasks", column: "lead_id" },
    { table: "appointments", column: "lead_id" },
  ],
};

/** The ids moved, per table (record_merges.moved). */
export type MovedIds = Record<string, string[]>;
