import { db, type Prisma } from "@harbor/db";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError, notFound } from "../../../errors";
import { validateAnswers, type SurveyQuestion } from "./survey-questions";
import { hashSurveyToken, isSurveyTokenShape } from "./survey-links";

// The public side of a survey, with no signed-in user: a token names a published survey, either
// its open link or one contact's invite. Draft and closed surveys, answered invites and unknown
// tokens are all simply not found. Answers are limited per IP address + token (counters in
// Postgres, like sign-in's, so every web instance shares them), and an invite takes one response:
// its respondedAt is claimed in the transaction that writes the response, and the unique
// survey_responses.invite_id is the backstop.

export const SURVEY_RESPONSES_PER_WINDOW = 10;
export const SURVEY_RESPONSE_WINDOW_SECONDS = 15 * 60;

let limiter: RateLimiterPrisma | undefined;

const responseLimiter = () =>
  (limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "survey-response",
    points: SURVEY_RESPONSES_PER_WINDOW,
    duration: SURVEY_RESPONSE_WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  }));

async function consumeResponseAttempt(ip: string | null, token: string) {
  try {
    await responseLimiter().consume(`${ip ?? "unknown"}|${hashSurveyToken(token)}`);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new AppError("RATE_LIMITED", `Too many answers from this address. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
    }
    throw rejection;
  }
}

const surveyNotFound = () => notFound("Survey");

const openSurveySelect = { id: true, organizationId: true, title: true, description: true, questions: true } as const satisfies Prisma.SurveySelect;

/** The published survey a token opens, and the invite when it is one; NOT_FOUND otherwise. */
async function resolveSurveyToken(token: string) {
  if (!isSurveyTokenShape(token)) throw surveyNotFound();
  const invite = await db.surveyInvite.findUnique({
    where: { tokenHash: hashSurveyToken(token) },
    select: { id: true, contactId: true, respondedAt: true, survey: { select: { ...openSurveySelect, status: true } } },
  });
  if (invite) {
    if (invite.respondedAt || invite.survey.status !== "published") throw surveyNotFound();
    return { survey: invite.survey, invite };
  }
  const survey = await db.survey.findFirst({ where: { publicToken: token, status: "published" }, select: openSurveySelect });
  if (!survey) throw surveyNotFound();
  return { survey, invite: null };
}

/** What the public page shows: the title, description and questions, nothing about the agency's data. */
export async function publicSurvey({ token }: { token: string }) {
  const { survey } = await resolveSurveyToken(token);
  return { title: survey.title, description: survey.description, questions: survey.questions as unknown as SurveyQuestion[] };
}

export interface SubmitSurveyResponseInput {
  token: string;
  answers: unknown;
  ip: string | null;
  userAgent: string | null;
}

export async function submitSurveyResponse({ token, answers, ip, userAgent }: SubmitSurveyResponseInput) {
  await consumeResponseAttempt(ip, token);
  const { survey, invite } = await resolveSurveyToken(token);
  const stored = validateAnswers(survey.questions as unknown as SurveyQuestion[], answers);
  return db.$transaction(async (tx) => {
    if (invite) {
      const claimed = await tx.surveyInvite.updateMany({ where: { id: invite.id, respondedAt: null }, data: { respondedAt: new Date() } });
      if (claimed.count === 0) throw new AppError("CONFLICT", "This invitation has already been answered");
    }
    // Counted only while the survey is still published: closing it mid-answer refuses the answer.
    const counted = await tx.survey.updateMany({ where: { id: survey.id, status: "published" }, data: { responseCount: { increment: 1 } } });
    if (counted.count === 0) throw surveyNotFound();
    const response = await tx.surveyResponse.create({
      data: {
        organizationId: survey.organizationId,
        surveyId: survey.id,
        inviteId: invite?.id ?? null,
        contactId: invite?.contactId ?? null,
        answers: stored,
        ipAddress: ip,
        userAgent: userAgent?.slice(0, 500) ?? null,
      },
      select: { id: true, createdAt: true },
    });
    return response;
  });
}
