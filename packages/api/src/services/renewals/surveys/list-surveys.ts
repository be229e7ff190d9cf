import { db, type Prisma, type SurveyStatus } from "@harbor/db";
import type { Actor } from "../../../access/actor";
import { organizationScope, requireId, within } from "../../../access/organization-scope";
import { notFound } from "../../../errors";
import { readKeysetList, type KeysetSort } from "../../pagination";
import { containsText } from "../../text-search";
import { surveySelect, toSurvey } from "./survey-select";

// Newest first, served by (organization_id, created_at, id).
const sortKey: KeysetSort = { field: "createdAt", direction: "desc", kind: "date" };

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
  const { items, ...page } = await readKeysetList({
    where: within(organizationScope(actor), { AND: filters }),
    sort: sortKey,
    cursor,
    limit,
    search,
    findMany: (args) => db.survey.findMany({ ...args, select: surveySelect }),
    count: (args) => db.survey.count(args),
    valueOf: (row) => row.createdAt,
  });
  return { items: items.map(toSurvey), ...page };
}

export async function getSurvey({ actor, id }: { actor: Actor; id: string }) {
  const survey = await db.survey.findFirst({ where: within(organizationScope(actor), { id: requireId(id) }), select: surveySelect });
  if (!survey) throw notFound("Survey");
  return toSurvey(survey);
}
