import { db, type OpportunityStage, type Prisma } from "@harbor/db";
import { ownedRecordScope } from "../../../access/scopes/owned-record-scope";
import { within } from "../../../access/organization-scope";
import { type KeysetSort, type ListPageInput, readKeysetList, type SortDirection } from "../../pagination";
import { containsText } from "../../text-search";
import { opportunityFilterWhere, type OpportunityFilter } from "./opportunity-filters";
import { listedScore } from "../record-scores";
import { opportunityListSelect, toOpportunity } from "./opportunity-select";

export const opportunitySorts = ["createdAt", "value", "probability", "expectedCloseDate"] as const;
export type OpportunitySort = (typeof opportunitySorts)[number];

// Newest, largest and likeliest first; expected close dates soonest first, undated last.
const sortKeys: Record<OpportunitySort, KeysetSort> = {
  createdAt: { field: "createdAt", kind: "date", direction: "desc" },
  value: { field: "value", kind: "decimal", direction: "desc" },
  probability: { field: "probability", kind: "number", direction: "desc" },
  expectedCloseDate: { field: "expectedCloseDate", kind: "date", direction: "asc", nullable: true },
};

export interface ListOpportunitiesInput extends ListPageInput {
  filter?: OpportunityFilter;
  stage?: OpportunityStage;
  ownerId?: string;
  contactId?: string;
  sort?: OpportunitySort;
  order?: SortDirection;
  timeZone?: string;
  now?: Date;
}

export async function listOpportunities({
  actor,
  cursor,
  limit,
  search,
  filter = "all",
  stage,
  ownerId,
  contactId,
  sort = "createdAt",
  order,
  timeZone = "UTC",
  now = new Date(),
}: ListOpportunitiesInput) {
  const filters: Prisma.OpportunityWhereInput[] = [opportunityFilterWhere(filter, { now, timeZone })];
  if (stage) filters.push({ stage });
  if (ownerId) filters.push({ ownerId });
  if (contactId) filters.push({ contactId });
  if (search) {
    const insensitive = containsText(search);
    filters.push({ OR: [{ title: insensitive }, { contact: { is: { name: insensitive } } }] });
  }
  const where: Prisma.OpportunityWhereInput = within(ownedRecordScope(actor), { AND: filters });
  const key: KeysetSort = { ...sortKeys[sort], direction: order ?? sortKeys[sort].direction };
  const { items: rows, ...page } = await readKeysetList({
    where,
    sort: key,
    cursor,
    limit,
    search,
    findMany: (args) => db.opportunity.findMany({ ...args, select: opportunityListSelect }),
    count: (args) => db.opportunity.count(args),
    valueOf: (row) => row[key.field as OpportunitySort],
  });
  const items = rows.map((item) => ({
    ...toOpportunity(item),
    scores: { probability: { ...listedScore("probability", item.probability), confidence: item.probabilityConfidence } },
  }));
  return { items, ...page };
}
