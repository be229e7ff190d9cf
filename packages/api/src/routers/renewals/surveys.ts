import { closeSurvey, createSurvey, getSurvey, inviteToSurvey, listSurveys, publishSurvey, surveyResults, updateSurvey } from "../../services/renewals/surveys";
import { createTRPCRouter, requirePermission, serve } from "../../trpc";
import {
  createSurveyInput,
  inviteSurveyInput,
  inviteSurveyOutput,
  listSurveysInput,
  listSurveysOutput,
  publishSurveyOutput,
  surveyIdInput,
  surveyOutput,
  surveyResultsOutput,
  updateSurveyInput,
} from "./surveys.schema";

// Customer surveys: written as drafts, published to an open link, sent to contacts with a token
// each, answered without signing in (POST /api/surveys/<token>, survey-response-http.ts), closed.
// Organization-wide records: the permission decides, like campaigns.

const read = requirePermission("surveys:read");
const write = requirePermission("surveys:write", { auditEntity: "survey" });

export const surveysRouter = createTRPCRouter({
  list: read.input(listSurveysInput).output(listSurveysOutput).query(serve(listSurveys)),

  get: read.input(surveyIdInput).output(surveyOutput).query(serve(getSurvey)),

  create: write.input(createSurveyInput).output(surveyOutput).mutation(serve(createSurvey)),

  /** Drafts only. */
  update: write.input(updateSurveyInput).output(surveyOutput).mutation(serve(updateSurvey)),

  /** Opens the survey's public link → { url, token }; again → the same link. */
  publish: write.input(surveyIdInput).output(publishSurveyOutput).mutation(serve(publishSurvey)),

  /** One token per contact (a contact invited again gets a new one); answered and do-not-contact contacts are skipped. */
  invite: requirePermission("surveys:write", { auditEntity: "survey_invite" }).input(inviteSurveyInput).output(inviteSurveyOutput).mutation(serve(inviteToSurvey)),

  /** Every link of the survey stops taking answers. */
  close: write.input(surveyIdInput).output(surveyOutput).mutation(serve(closeSurvey)),

  /** Responses, per-question distribution and average, NPS (% promoters − % detractors). */
  results: read.input(surveyIdInput).output(surveyResultsOutput).query(serve(surveyResults)),
});
