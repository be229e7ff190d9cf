import { db, Prisma } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { netPromoterScore, type QuestionType, type SurveyQuestion } from "./survey-questions";
import { summarySelect } from "../../summary-select";

// A survey's results: per question, how many answered and the distribution of answers (counted in
// SQL over the answers' JSON, one statement), the NPS of each nps question, and the latest
// responses with who answered (an invited contact) for reading the text answers.

export const RECENT_RESPONSES = 50;

interface DistributionRow {
  questionId: string;
  value: Prisma.JsonValue;
  count: number;
}

/** The values to list in order: every allowed value for scales and choices, so zeros show too. */
function scaleOf(question: SurveyQuestion): (number | string)[] {
  switch (question.type) {
    case "nps":
      return Array.from({ length: 11 }, (_, index) => index);
    case "rating":
      return [1, 2, 3, 4, 5];
    case "choice":
      return question.options ?? [];
    case "text":
      return [];
  }
}

export async function surveyResults({ actor, id }: { actor: Actor; id: string }) {
  const survey = await db.survey.findFirst({
    where: within(organizationScope(actor), { id: requireId(id) }),
    select: { id: true, title: true, status: true, questions: true, responseCount: true },
  });
  if (!survey) throw notFound("Survey");
  const questions = survey.questions as unknown as SurveyQuestion[];

  const [rows, recent, invites] = await Promise.all([
    db.$queryRaw<DistributionRow[]>(Prisma.sql`
      SELECT answer.key AS "questionId", answer.value, count(*)::int AS count
      FROM survey_responses r, jsonb_each(r.answers) AS answer
      WHERE r.survey_id = ${survey.id}::uuid AND r.organization_id = ${actor.organizationId}::uuid
        AND jsonb_typeof(answer.value) IN ('number', 'string')
      GROUP BY answer.key, answer.value`),
    db.surveyResponse.findMany({
      where: { surveyId: survey.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: RECENT_RESPONSES,
      select: { id: true, answers: true, createdAt: true, contact: summarySelect },
    }),
    db.surveyInvite.groupBy({ by: ["surveyId"], where: { surveyId: survey.id }, _count: { _all: true, respondedAt: true } }),
  ]);

  const summaries = questions.map((question) => {
    const answers = rows.filter((row) => row.questionId === question.id);
    const answered = answers.reduce((sum, row) => sum + row.count, 0);
    const countOf = (value: number | string) => answers.filter((row) => row.value === value).reduce((sum, row) => sum + row.count, 0);
    const distribution = scaleOf(question).map((value) => ({ value: String(value), count: countOf(value) }));
    const numeric = answers.filter((row): row is DistributionRow & { value: number } => typeof row.value === "number");
    const average =
      (question.type === "nps" || question.type === "rating") && answered > 0
        ? Math.round((numeric.reduce((sum, row) => sum + row.value * row.count, 0) / answered) * 100) / 100
        : null;
    const nps = question.type === "nps" ? netPromoterScore(numeric.map((row) => ({ value: row.value, count: row.count }))) : null;
    return { id: question.id, type: question.type satisfies QuestionType, text: question.text, answered, distribution, average, nps };
  });

  return {
    id: survey.id,
    title: survey.title,
    status: survey.status,
    responseCount: survey.responseCount,
    invited: invites[0]?._count._all ?? 0,
    invitesAnswered: invites[0]?._count.respondedAt ?? 0,
    nps: summaries.find((summary) => summary.nps)?.nps ?? null,
    questions: summaries,
    responses: recent.map((response) => ({ ...response, answers: response.answers as Record<string, number | string> })),
  };
}
