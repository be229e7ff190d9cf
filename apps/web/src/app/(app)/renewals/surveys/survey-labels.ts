import type { BadgeTone } from "~/components/ui/badge";
import type { RouterOutputs } from "~/trpc/types";

export type Survey = RouterOutputs["renewals"]["surveys"]["get"];
export type SurveyStatus = Survey["status"];
export type QuestionType = Survey["questions"][number]["type"];

export const surveyStatusLabels: Record<SurveyStatus, string> = { draft: "Draft", published: "Open", closed: "Closed" };
export const surveyStatusTones: Record<SurveyStatus, BadgeTone> = { draft: "neutral", published: "green", closed: "amber" };

export const questionTypeLabels: Record<QuestionType, string> = {
  nps: "Likely to recommend (0–10)",
  rating: "Rating (1–5)",
  choice: "One choice",
  text: "Free text",
};

/** A link the API gave as a path (no AUTH_URL configured) made absolute on this origin. */
export function absoluteUrl(url: string): string {
  return url.startsWith("/") && typeof window !== "undefined" ? `${window.location.origin}${url}` : url;
}
