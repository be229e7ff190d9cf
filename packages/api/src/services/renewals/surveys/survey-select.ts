import type { Prisma } from "@harbor/db";
import type { SurveyQuestion } from "./survey-questions";
import { surveyUrl } from "./survey-links";
import { summarySelect } from "../../summary-select";

export const surveySelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  questions: true,
  publicToken: true,
  publishedAt: true,
  closedAt: true,
  responseCount: true,
  createdAt: true,
  updatedAt: true,
  createdBy: summarySelect,
  _count: { select: { invites: true } },
} as const satisfies Prisma.SurveySelect;

type SurveyRow = Prisma.SurveyGetPayload<{ select: typeof surveySelect }>;

export function toSurvey({ questions, publicToken, _count, ...survey }: SurveyRow) {
  return {
    ...survey,
    questions: questions as unknown as SurveyQuestion[],
    inviteCount: _count.invites,
    publicUrl: publicToken && survey.status === "published" ? surveyUrl(publicToken) : null,
  };
}
