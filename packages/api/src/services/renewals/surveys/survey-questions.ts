import { AppError, fieldError } from "../../../errors";

// A survey's questions and what counts as an answer to each (spec 001's survey builder):
//   nps     a whole number 0–10 ("how likely are you to recommend us")
//   rating  a whole number 1–5
//   choice  one of the question's options
//   text    free text, up to 2,000 characters
// Answers are keyed by question id; an answer to no question, or one that does not fit its
// question, is refused naming the question. Required questions must be answered.

export const questionTypes = ["nps", "rating", "choice", "text"] as const;
export type QuestionType = (typeof questionTypes)[number];

export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  text: string;
  options?: string[];
  required?: boolean;
}

export type AnswerValue = number | string;

export const TEXT_ANSWER_MAX = 2_000;

const refuse = (questionId: string, message: string) =>
  new AppError("VALIDATION_ERROR", `Question ${questionId}: ${message}`, { fieldErrors: { [`answers.${questionId}`]: [message] } });

function checkAnswer(question: SurveyQuestion, value: unknown): AnswerValue {
  switch (question.type) {
    case "nps":
    case "rating": {
      const [min, max] = question.type === "nps" ? [0, 10] : [1, 5];
      if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        throw refuse(question.id, `must be a whole number from ${min} to ${max}`);
      }
      return value;
    }
    case "choice":
      if (typeof value !== "string" || !(question.options ?? []).includes(value)) {
        throw refuse(question.id, `must be one of ${(question.options ?? []).join(", ")}`);
      }
      return value;
    case "text": {
      if (typeof value !== "string") throw refuse(question.id, "must be text");
      const text = value.trim();
      if (text.length > TEXT_ANSWER_MAX) throw refuse(question.id, `must be at most ${TEXT_ANSWER_MAX} characters`);
      return text;
    }
  }
}

/** The answers as stored: only questions of the survey, each fitting its type; empty text dropped. */
export function validateAnswers(questions: readonly SurveyQuestion[], answers: unknown): Record<string, AnswerValue> {
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) {
    throw new AppError("VALIDATION_ERROR", "answers must be an object of { <questionId>: value }", { fieldErrors: { answers: ["must be an object"] } });
  }
  const byId = new Map(questions.map((question) => [question.id, question]));
  const stored: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(answers as Record<string, unknown>)) {
    const question = byId.get(questionId);
    if (!question) throw refuse(questionId, "is not a question of this survey");
    if (value === null || value === undefined || value === "") continue;
    const answer = checkAnswer(question, value);
    if (answer !== "") stored[questionId] = answer;
  }
  for (const question of questions) {
    if (question.required && !(question.id in stored)) throw refuse(question.id, "is required");
  }
  if (Object.keys(stored).length === 0) throw fieldError("answers", "Answer at least one question");
  return stored;
}

export interface NpsSummary {
  /** % promoters (9–10) − % detractors (0–6), −100 to 100, one decimal. */
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/** NPS from a distribution of 0–10 answers; null without answers. */
export function netPromoterScore(distribution: readonly { value: number; count: number }[]): NpsSummary | null {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const { value, count } of distribution) {
    if (value >= 9) promoters += count;
    else if (value >= 7) passives += count;
    else detractors += count;
  }
  const responses = promoters + passives + detractors;
  if (responses === 0) return null;
  const score = Math.round(((promoters - detractors) / responses) * 1000) / 10;
  return { score, promoters, passives, detractors, responses };
}
