import { describe, expect, it } from "vitest";
import { netPromoterScore, validateAnswers, type SurveyQuestion } from "./survey-questions";

const questions: SurveyQuestion[] = [
  { id: "recommend", type: "nps", text: "How likely are you to recommend us?", required: true },
  { id: "service", type: "rating", text: "Rate our service" },
  { id: "channel", type: "choice", text: "How did you renew?", options: ["Phone", "Email", "Online"] },
  { id: "comments", type: "text", text: "Anything else?" },
];

describe("validateAnswers", () => {
  it("keeps answers that fit their questions and drops empty ones", () => {
    expect(validateAnswers(questions, { recommend: 9, service: 4, channel: "Email", comments: "  Great  " })).toEqual({
      recommend: 9,
      service: 4,
      channel: "Email",
      comments: "Great",
    });
    expect(validateAnswers(questions, { recommend: 0, comments: "" })).toEqual({ recommend: 0 });
  });

  it.each([
    [{ recommend: 11 }, "Question recommend: must be a whole number from 0 to 10"],
    [{ recommend: 8.5 }, "Question recommend: must be a whole number from 0 to 10"],
    [{ recommend: 9, service: 0 }, "Question service: must be a whole number from 1 to 5"],
    [{ recommend: 9, channel: "Fax" }, "Question channel: must be one of Phone, Email, Online"],
    [{ recommend: 9, comments: 5 }, "Question comments: must be text"],
    [{ recommend: 9, nope: 1 }, "Question nope: is not a question of this survey"],
    [{ service: 3 }, "Question recommend: is required"],
  ])("refuses %j naming the question", (answers, message) => {
    expect(() => validateAnswers(questions, answers)).toThrow(message);
  });

  it("refuses an empty or malformed answer set", () => {
    expect(() => validateAnswers([{ id: "a", type: "text", text: "?" }], {})).toThrow("Answer at least one question");
    expect(() => validateAnswers(questions, [1, 2])).toThrow("answers must be an object");
  });
});

describe("netPromoterScore", () => {
  it("is % promoters minus % detractors", () => {
    expect(
      netPromoterScore([
        { value: 10, count: 2 },
        { value: 9, count: 1 },
        { value: 8, count: 1 },
        { value: 3, count: 1 },
      ]),
    ).toEqual({ score: 40, promoters: 3, passives: 1, detractors: 1, responses: 5 });
    expect(netPromoterScore([{ value: 6, count: 2 }, { value: 9, count: 1 }])).toMatchObject({ score: -33.3 });
    expect(netPromoterScore([])).toBeNull();
  });
});
