import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

// The renewal words the screens share, in one place.

type Case = RouterOutputs["renewals"]["cases"]["get"];

export const caseStatusLabels: Record<Case["status"], string> = { new: "New", in_progress: "In progress", pending_action: "Pending action", renewed: "Renewed", failed: "Lost" };
export const caseStatusTones: Record<Case["status"], BadgeTone> = { new: "indigo", in_progress: "neutral", pending_action: "amber", renewed: "green", failed: "red" };
export const priorityTones: Record<Case["priority"], BadgeTone> = { low: "neutral", medium: "neutral", high: "amber", urgent: "red" };
export const paymentStatusLabels: Record<Case["paymentStatus"], string> = { pending: "Pending", partial: "Partly paid", completed: "Paid", failed: "Failed" };
export const lostReasonLabels: Record<NonNullable<Case["lost"]>["reason"], string> = { price: "Price", service: "Service", coverage: "Coverage", moved: "Moved", other: "Other" };
export const channelLabels: Record<Case["attempts"][number]["channel"], string> = { call: "Call", email: "Email", sms: "SMS", whatsapp: "WhatsApp", in_person: "In person", other: "Other" };
export const outcomeLabels: Record<Case["attempts"][number]["outcome"], string> = {
  reached: "Reached",
  no_answer: "No answer",
  voicemail: "Voicemail",
  callback_requested: "Callback requested",
  wrong_number: "Wrong number",
  declined: "Declined",
};
export const batchStatusLabels: Record<RouterOutputs["renewals"]["batches"]["status"]["status"], string> = {
  validated: "Validated",
  processing: "Processing",
  completed: "Completed",
  completed_with_errors: "Completed with errors",
  failed: "Failed",
};
