import { db, type Prisma, type SurveyStatus } from "@harbor/db";
import type { UserActor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { fieldError, notFound } from "../../../errors";
import type { SurveyQuestion } from "./survey-questions";
import { newSurveyToken, surveyUrl } from "./survey-links";
import { surveySelect, toSurvey } from "./survey-select";

// A survey is written as a draft, published (which opens its public link), and closed (after which
// its links answer 404). Surveys belong to the organization; who may manage them is the
// permission (surveys:write), not a record rule.

export async function findSurveyInOrganization(actor: UserActor, id: string) {
  const survey = await db.survey.findFirst({
    where: within(organizationScope(actor), { id: requireId(id) }),
    select: { id: true, status: true, title: true, publicToken: true },
  });
  if (!survey) throw notFound("Survey");
  return survey;
}

const notInStatus = (action: string, status: SurveyStatus, field = "id") => fieldError(field, `Only ${action}; this survey is ${status}`);

/** Question ids are the answers' keys: each must be unique within the survey. */
function assertDistinctQuestionIds(questions: readonly SurveyQuestion[]) {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (seen.has(question.id)) throw fieldError(`questions.${index}.id`, `Question id ${question.id} is used twice`);
    seen.add(question.id);
  });
}

export interface SurveyFields {
  title: string;
  description?: string | null;
  questions: SurveyQuestion[];
}

export async function createSurvey({ actor, title, description, questions }: SurveyFields & { actor: UserActor }) {
  assertDistinctQuestionIds(questions);
  const survey = await db.survey.create({
    data: { organizationId: actor.organizationId, title, description: description ?? null, questions: questions as unknown as Prisma.InputJsonValue, createdById: actor.userId },
    select: surveySelect,
  });
  return toSurvey(survey);
}

export async function updateSurvey({ actor, id, title, description, questions }: Partial<SurveyFields> & { actor: UserActor; id: string }) {
  const existing = await findSurveyInOrganization(actor, id);
  if (questions) assertDistinctQuestionIds(questions);
  // Only while it is a draft: answers already given would no longer match edited questions.
  const { count } = await db.survey.updateMany({
    where: { id: existing.id, status: "draft" },
    data: {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(questions ? { questions: questions as unknown as Prisma.InputJsonValue } : {}),
    },
  });
  if (count === 0) throw notInStatus("a draft survey can be edited", existing.status);
  return toSurvey(await db.survey.findUniqueOrThrow({ where: { id: existing.id }, select: surveySelect }));
}

/** Opens the survey's public link; publishing again answers the same link. */
export async function publishSurvey({ actor, id }: { actor: UserActor; id: string }) {
  const existing = await findSurveyInOrganization(actor, id);
  if (existing.status === "published" && existing.publicToken) return { id: existing.id, token: existing.publicToken, url: surveyUrl(existing.publicToken) };
  const token = newSurveyToken();
  const { count } = await db.survey.updateMany({
    where: { id: existing.id, status: "draft" },
    data: { status: "published", publicToken: token, publishedAt: new Date() },
  });
  if (count === 0) throw notInStatus("a draft survey can be published", existing.status);
  return { id: existing.id, token, url: surveyUrl(token) };
}

/** Stops every link of the survey (open and invites) from taking answers; closing again is a no-op. */
export async function closeSurvey({ actor, id }: { actor: UserActor; id: string }) {
  const existing = await findSurveyInOrganization(actor, id);
  if (existing.status === "draft") throw notInStatus("a published survey can be closed", existing.status);
  await db.survey.updateMany({ where: { id: existing.id, status: "published" }, data: { status: "closed", closedAt: new Date() } });
  return toSurvey(await db.survey.findUniqueOrThrow({ where: { id: existing.id }, select: surveySelect }));
}
