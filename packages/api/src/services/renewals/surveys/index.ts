export { inviteToSurvey, type InviteSkipReason } from "./invite-survey";
export { getSurvey, listSurveys, type ListSurveysInput } from "./list-surveys";
export { publicSurvey, submitSurveyResponse, SURVEY_RESPONSES_PER_WINDOW, SURVEY_RESPONSE_WINDOW_SECONDS, type SubmitSurveyResponseInput } from "./respond-survey";
export { netPromoterScore, questionTypes, validateAnswers, TEXT_ANSWER_MAX, type AnswerValue, type NpsSummary, type QuestionType, type SurveyQuestion } from "./survey-questions";
export { isSurveyTokenShape, surveyUrl } from "./survey-links";
export { surveyResults } from "./survey-results";
export { closeSurvey, createSurvey, publishSurvey, updateSurvey, type SurveyFields } from "./write-survey";
