import { db, type Prisma, type SurveyStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { readModelList } from "../../pagination";
import { containsText } from "../../text-search";
import { surveySelect, toSurvey } from "./survey-select";

export interface ListSurveysInput {
  actor: Actor;
  cursor?: string;
  limit: number;
  search?: string;
  status?: SurveyStatus;
}

export async function listSurveys({ actor, cursor, limit, search, status }: ListSurveysInput) {
  const filters: Prisma.SurveyWhereInput[] = [];
  if (status) filters.push({ status });
  if (search) filters.push({ title: containsText(search) });
  // Newest first, served by (organization_id, created_at, id).
  const { items, ...page } = await readModelList({ model: db.survey, select: surveySelect, where: within(organizationScope(actor), { AND: filters }), cursor, limit, search });
  return { items: items.map(toSurvey), ...page };
}

export async function getSurvey({ actor, id }: { actor: Actor; id: string }) {
  const survey = await db.survey.findFirst({ where: within(organizationScope(actor), { id: requireId(id) }), select: surveySelect });
  if (!survey) throw notFound("Survey");
  return toSurvey(survey);
}
