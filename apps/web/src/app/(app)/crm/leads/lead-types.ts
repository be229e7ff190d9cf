import type { RouterOutputs } from "~/trpc/types";

export type LeadDetail = RouterOutputs["crm"]["leads"]["get"];
export type LeadTimelineEntry = LeadDetail["activities"][number];
export type LeadConversion = RouterOutputs["crm"]["leads"]["convert"];

/** What the signed-in user may do on the leads page, decided once on the server. */
export interface LeadPermissions {
  write: boolean;
  delete: boolean;
  import: boolean;
  /** Admins and managers hand leads to others; agents only hold their own. */
  assignOthers: boolean;
  /** The insights panel calls the copilot. */
  useCopilot: boolean;
}
